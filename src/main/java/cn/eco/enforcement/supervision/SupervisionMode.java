package cn.eco.enforcement.supervision;

/** How an alarm is supervised (差异化监管). */
public enum SupervisionMode {

	/** Off-site verification (非现场核查); an on-site visit needs the squadron leader's approval. */
	OFF_SITE,

	/** Ordinary on-site handling (现场处置). */
	ON_SITE,

	/** High priority: squadron leader informed, shorter deadlines, a case lead is opened. */
	ESCALATED

}
