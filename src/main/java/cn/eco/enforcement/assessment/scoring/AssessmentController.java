package cn.eco.enforcement.assessment.scoring;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import cn.eco.enforcement.assessment.scoring.LoopScores.Assessment;
import cn.eco.enforcement.shared.InvalidInputException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/assessment?month=YYYY-MM}: the closed-loop assessment (考核) of a month: scores
 * per inspector and squadron and the failure-pattern flags behind them.
 */
@RestController
class AssessmentController {

	private final LoopScores scores;

	private final Clock clock;

	AssessmentController(LoopScores scores, Clock clock) {
		this.scores = scores;
		this.clock = clock;
	}

	@GetMapping("/api/assessment")
	Assessment assessment(@RequestParam(required = false) String month) {
		YearMonth parsed;
		try {
			parsed = month == null || month.isBlank() ? YearMonth.now(clock) : YearMonth.parse(month.trim());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException("month", "月份格式应为 YYYY-MM：" + month);
		}
		if (parsed.isAfter(YearMonth.now(clock))) {
			throw new InvalidInputException("month", "不能考核未来的月份：" + parsed);
		}
		return scores.of(parsed);
	}

}
