package cn.eco.enforcement.identity;

/** The Camunda groups that stand for roles; {@code /api} sees them as authorities {@code GROUP_<id>}. */
public final class Roles {

	public static final String ADMIN = "camunda-admin";
	public static final String SUPERVISORS = "supervisors";
	public static final String SQUADRON_LEADERS = "squadron-leaders";
	public static final String INSPECTORS = "inspectors";
	public static final String AUDITORS = "auditors";
	/**
	 * Supervisors who do the legal review (法制审核) of penalty cases. Members are supervisors too; they
	 * review and do not approve, so approvals offered to all supervisors go to the others.
	 */
	public static final String LEGAL_REVIEWERS = "legal-reviewers";
	/** Enterprise accounts: Tasklist only, and only the tasks offered to their own firm's group. */
	public static final String ENTERPRISES = "enterprises";
	/** System accounts of monitoring platforms that may only raise alarms. */
	public static final String ALARM_SOURCES = "alarm-sources";
	/** Third-party O&M inspectors (第三方巡检): Tasklist only, the inspections of their company's contract. */
	public static final String OM_INSPECTORS = "om-inspector";
	/**
	 * Data-sharing accounts (数据共享账户) of other departments: read-only, {@code GET /api/sharing/…}
	 * and nothing else, whatever other group they are in.
	 */
	public static final String DATA_SHARING = "data-sharing";

	private Roles() {
	}

	public static String authority(String groupId) {
		return "GROUP_" + groupId;
	}

}
