/**
 * Pollution-source tracing (污染溯源): when an ambient air station alarms, ranks nearby enterprises as
 * likely sources with the first-version scoring model of DOMAIN §e.2 (wind sector × distance decay ×
 * fingerprint, lagged correlation, own alarms, electricity and prior evidence). Pure functions from
 * records to records; the output is a dispatch hint, never proof.
 */
package cn.eco.enforcement.monitoring.tracing;
