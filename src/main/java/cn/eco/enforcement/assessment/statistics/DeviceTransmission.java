package cn.eco.enforcement.assessment.statistics;

/**
 * A device's data transmission in one month (数据传输有效率), from its stored readings.
 *
 * @param expectedHours clock hours of the month the device was registered for and that are over
 * @param receivedHours expected hours with hourly data, or minute data when the device sends no hourly data
 * @param validHours received hours whose data flags mark them valid (see {@link TransmissionRates})
 * @param effectiveRate valid ÷ expected hours in percent (2 decimals): transmission rate × validity
 * rate; null when no hour was expected
 * @param expectedDays whole days of the month within the expected hours
 * @param validDays of those, days with at least 20 valid hours
 * @param exceedances exceedance alarms raised from the device's readings of the month
 * @param verifiedOnTime of those, alarms whose loop was handled (核查) within its handling deadline
 */
public record DeviceTransmission(String mn, String month, long expectedHours, long receivedHours, long validHours,
		Double effectiveRate, long expectedDays, long validDays, long exceedances, long verifiedOnTime) {
}
