package cn.eco.enforcement.grid;

/** What a member of staff does in the enforcement organisation. */
public enum StaffRole {

	INSPECTOR, SQUADRON_LEADER, SUPERVISOR, AUDITOR

}
