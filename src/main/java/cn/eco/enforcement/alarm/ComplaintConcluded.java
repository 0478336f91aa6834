package cn.eco.enforcement.alarm;

/**
 * Published once when the loop of a complaint whose complainant left an e-mail address comes to its
 * end (closed without a violation, or handed to case filing): the complainant is to be told.
 *
 * @param outcome what the loop found, in Chinese, for the complainant (no officer's name, no finding detail)
 */
public record ComplaintConcluded(long alarmId, String externalId, String email, AlarmStatus status, String outcome) {
}
