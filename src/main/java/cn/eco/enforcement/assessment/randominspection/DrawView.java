package cn.eco.enforcement.assessment.randominspection;

import java.time.OffsetDateTime;
import java.util.List;

/** A month's draw as supervisors and auditors see it: seed, who drew it, and every drawn inspection. */
public record DrawView(String month, long seed, String drawnBy, OffsetDateTime drawnAt, OffsetDateTime publishedAt,
		List<RandomInspectionView> inspections) {
}
