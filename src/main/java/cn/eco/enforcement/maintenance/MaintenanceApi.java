package cn.eco.enforcement.maintenance;

/** What other modules read of third-party O&M inspection. */
public interface MaintenanceApi {

	/** The firm's O&M standing and its findings of the last three years, newest first. */
	OmStanding standingOf(String enterpriseCode);

	/** Whether repeated irregular O&M within 12 months lowered the firm's standing. */
	boolean standingLowered(String enterpriseCode);

}
