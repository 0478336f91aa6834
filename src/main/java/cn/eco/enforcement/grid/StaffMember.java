package cn.eco.enforcement.grid;

/**
 * A member of the bureau's staff.
 *
 * @param userId login id, shared with the Camunda identity service
 * @param orgUnitCode the unit the person works in (a squadron for inspectors and leaders)
 * @param available false while the person is on leave or otherwise cannot take work
 * @param certificateNo the enforcement certificate (执法证) number; null for staff who may not investigate
 */
public record StaffMember(String userId, String name, String email, StaffRole role, String orgUnitCode,
		boolean available, String certificateNo) {

	/** Whether the person holds an enforcement certificate and may investigate (two such officers per case). */
	public boolean certified() {
		return certificateNo != null && !certificateNo.isBlank();
	}

}
