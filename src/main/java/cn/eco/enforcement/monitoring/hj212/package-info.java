/**
 * HJ 212 (2005, 2017 and 2025) protocol codec: framing of the TCP byte stream, the standard's CRC and
 * its vendor variants, parsing of the data segment into packets, canonical factor codes and the
 * platform's answer frames. No I/O and no Spring beans live here; the TCP server builds on it, and
 * other modules may use it as the named interface {@code hj212} (the load command frames its packets).
 */
@org.springframework.modulith.NamedInterface("hj212")
package cn.eco.enforcement.monitoring.hj212;
