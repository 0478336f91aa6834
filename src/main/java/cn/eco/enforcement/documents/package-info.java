/**
 * The legal documents of the administrative penalty procedure (立案审批表, 行政处罚事先告知书,
 * 行政处罚决定书, 责令改正违法行为决定书), rendered as PDF with an embedded Chinese font, and the
 * case's dossier (案卷) bound from them. It only renders: storing a document with its case and
 * gathering what goes into a dossier is casework's business.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents", allowedDependencies = { "shared" })
package cn.eco.enforcement.documents;
