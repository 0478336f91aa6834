package cn.eco.enforcement.casework.internal;

/**
 * What a task is about, as its card tells it.
 *
 * @param subject the firm, station or other place (or the thing under review), by name
 * @param matter what happened there, in a few words ("二氧化硫超标 2.6 倍")
 * @param reference the number people look the matter up by ("告警 #123", the case number)
 * @param township the township (乡镇、街道) of the place, null if it has none
 * @param address the street address of the place, null if unknown
 */
record TaskContext(String subject, String matter, String reference, String township, String address) {
}
