package cn.eco.enforcement.supervision;

/**
 * Decides, with {@code rules/om-inspection/*.drl}, how often the third party inspects a monitoring
 * system and what a finding of its inspection sets off.
 */
public interface OmInspectionRules {

	/** The inspection interval of one monitoring system. */
	OmFrequency frequencyOf(OmDeviceFacts device);

	/** The deadline and the enforcement consequences of one finding. */
	OmFindingDecision judge(OmFindingFacts finding);

}
