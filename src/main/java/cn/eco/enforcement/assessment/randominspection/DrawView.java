package cn.eco.enforcement.assessment.randominspection;

import java.time.OffsetDateTime;
import java.util.List;

/** A month's draw as supervisors and auditors see it: seed, who drew it, and every drawn inspection. */
public record DrawView(String month, long seed, String drawnBy, OffsetDateTime drawnAt, OffsetDateTime publishedAt,
		List<RandomInspectionView> inspections) {

	/** Whether no drawn inspection is still to be carried out (published only then: 先检查，后公开). */
	public boolean carriedOut() {
		return inspections.stream().noneMatch(i -> "PLANNED".equals(i.status()));
	}

}
