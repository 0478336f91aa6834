package cn.eco.enforcement.alarm;

/** Where an alarm stands in the enforcement loop. */
public enum AlarmStatus {

	RECEIVED("已接收"), DISPATCHED("已派遣"), SIGNED_FOR("已签收"), SIGN_FOR_OVERDUE("签收超时已升级"),
	HANDLED("已处置"), FEEDBACK_SUBMITTED("已反馈"), REVIEW_REJECTED("审核退回"), REVIEWED("已审核"),
	ASSESSED("已考核"), CASE_FILING("已移送立案"), CLOSED("已办结");

	private final String label;

	AlarmStatus(String label) {
		this.label = label;
	}

	/** The Chinese name shown to users. */
	public String label() {
		return label;
	}

}
