package cn.eco.enforcement.assessment.scoring;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The closed-loop assessment (考核) of a month per inspector and per squadron, from the loop
 * assessments recorded when squadron leaders approved the loops, with the failure-pattern flags.
 */
@Service
public class LoopScores {

	private final JdbcClient jdbc;

	private final FailurePatterns patterns;

	private final ScoreSettings settings;

	private final Clock clock;

	LoopScores(JdbcClient jdbc, FailurePatterns patterns, ScoreSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.patterns = patterns;
		this.settings = settings;
		this.clock = clock;
	}

	/** Month's assessment: per inspector, per squadron, and the flags behind the penalties. */
	public Assessment of(YearMonth month) {
		OffsetDateTime from = month.atDay(1).atStartOfDay(clock.getZone()).toOffsetDateTime();
		OffsetDateTime to = month.plusMonths(1).atDay(1).atStartOfDay(clock.getZone()).toOffsetDateTime();
		List<Flag> flags = patterns.find(from, to, OffsetDateTime.now(clock));
		return new Assessment(month.toString(), scores("inspector", from, to, count(flags, Flag::inspector)),
				scores("squadron_code", from, to, count(flags, Flag::squadron)), flags);
	}

	/** A month's assessment. */
	public record Assessment(String month, List<LoopScore> inspectors, List<LoopScore> squadrons, List<Flag> flags) {
	}

	private List<LoopScore> scores(String column, OffsetDateTime from, OffsetDateTime to, Map<String, Long> flags) {
		return jdbc.sql("""
				SELECT %1$s, COUNT(*), AVG(sign_for_minutes), AVG(handling_minutes),
				       SUM(CASE WHEN sign_for_overdue THEN 1 ELSE 0 END), SUM(CASE WHEN handling_overdue THEN 1 ELSE 0 END),
				       SUM(rework_count), SUM(CASE WHEN rework_count = 0 THEN 1 ELSE 0 END),
				       SUM(CASE WHEN feedback_complete THEN 1 ELSE 0 END)
				FROM loop_assessment WHERE reviewed_at >= ? AND reviewed_at < ? AND %1$s IS NOT NULL
				GROUP BY %1$s ORDER BY %1$s""".formatted(column))
			.params(from, to)
			.query((rs, i) -> score(rs.getString(1), rs.getLong(2), (Number) rs.getObject(3), (Number) rs.getObject(4),
					rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9),
					flags.getOrDefault(rs.getString(1), 0L)))
			.list();
	}

	private LoopScore score(String unit, long loops, Number signFor, Number handling, long signForOverdue,
			long handlingOverdue, long rework, long withoutRework, long feedbackComplete, long flags) {
		double onTimeSignFor = 1 - (double) signForOverdue / loops;
		double onTimeHandling = 1 - (double) handlingOverdue / loops;
		double feedback = (double) feedbackComplete / loops;
		double weighted = settings.signForWeight() * onTimeSignFor + settings.handlingWeight() * onTimeHandling
				+ settings.reworkWeight() * withoutRework / loops + settings.feedbackWeight() * feedback;
		double score = Math.max(0, 100 * weighted / settings.totalWeight() - settings.flagPenalty() * flags);
		return new LoopScore(unit, loops, signFor == null ? null : round(signFor.doubleValue()),
				handling == null ? null : round(handling.doubleValue()), signForOverdue + handlingOverdue, rework,
				round(feedback), flags, round(score));
	}

	private static Map<String, Long> count(List<Flag> flags, Function<Flag, String> by) {
		return flags.stream().filter(f -> by.apply(f) != null).collect(Collectors.groupingBy(by, Collectors.counting()));
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

}
