package cn.eco.enforcement.supervision;

import java.util.List;

/**
 * Judges, with {@code rules/electricity/*.drl}, whether an enterprise's treatment facilities run
 * together with the production facilities they serve (用电监控).
 */
public interface ElectricityRules {

	/**
	 * @param facilities the state of each facility concerned
	 * @param links which treatment facility serves which production facility
	 * @param minMinutes how long a treatment facility must be stopped while production runs before it
	 * counts as not running in sync
	 * @return every judgement, none when the facilities run in step
	 */
	List<ElectricityJudgement> judge(List<FacilityPower> facilities, List<FacilityLink> links, int minMinutes);

}
