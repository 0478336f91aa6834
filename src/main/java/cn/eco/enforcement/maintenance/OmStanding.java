package cn.eco.enforcement.maintenance;

import java.util.List;

/**
 * A firm's O&M standing (运维信用) and its O&M inspection findings, for the enterprise file.
 *
 * @param lowered whether repeated irregular O&M within 12 months lowered the standing
 * @param irregularOperations12m findings of irregular O&M within 12 months
 * @param label 正常 or 降级 with the reason
 */
public record OmStanding(String enterpriseCode, boolean lowered, int irregularOperations12m, String label,
		List<OmFindingView> findings) {

	public OmStanding {
		findings = List.copyOf(findings);
	}

}
