/**
 * Evidence (证据) as a record of its own: photos, videos and documents taken while an alarm is worked
 * (on site, off site, in rectification and investigation) and the photos of a third-party O&amp;M
 * inspection's checklist items, each kept with its hash, type, origin and EXIF capture time and
 * place, in a file store outside the process engine.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evidence", allowedDependencies = { "shared" })
package cn.eco.enforcement.evidence;
