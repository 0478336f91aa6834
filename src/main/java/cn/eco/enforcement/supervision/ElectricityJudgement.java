package cn.eco.enforcement.supervision;

/**
 * What the electricity rules found about one treatment facility and a production facility it serves.
 *
 * @param type TREATMENT_NOT_RUNNING (治污设施未同步运行) or START_STOP_OUT_OF_SYNC (启停不同步)
 * @param minutes how long the production facility ran without its treatment
 * @param reason the finding in Chinese, for the alarm
 */
public record ElectricityJudgement(String type, String treatmentCode, String productionCode, long minutes,
		String reason) {

	public static final String TREATMENT_NOT_RUNNING = "TREATMENT_NOT_RUNNING";

	public static final String START_STOP_OUT_OF_SYNC = "START_STOP_OUT_OF_SYNC";

}
