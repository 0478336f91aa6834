package cn.eco.enforcement.assessment.randominspection;

import java.security.Principal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import cn.eco.enforcement.assessment.randominspection.RandomDraws.AlreadyDrawn;
import cn.eco.enforcement.assessment.randominspection.RandomDraws.NotCarriedOut;
import cn.eco.enforcement.assessment.randominspection.RandomDraws.Replay;
import cn.eco.enforcement.shared.InvalidInputException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Random inspections for supervisors: {@code POST /api/random-inspections/draws {month, seed?}}
 * draws a month (201; 409 when drawn already), {@code GET …/draws/{month}} shows the secret plan,
 * {@code GET …/draws/{month}/replay} re-draws from the stored seed for audit and
 * {@code POST …/draws/{month}/publication} makes plan and results public once every inspection is done
 * (409 before).
 */
@RestController
class RandomDrawController {

	private final RandomDraws draws;

	RandomDrawController(RandomDraws draws) {
		this.draws = draws;
	}

	/** The body of a draw request; without a seed a fresh random one is used (and stored). */
	record DrawRequest(String month, Long seed) {
	}

	@PostMapping("/api/random-inspections/draws")
	ResponseEntity<DrawView> draw(@RequestBody DrawRequest request, Principal user) {
		if (request == null || request.month() == null) {
			throw new InvalidInputException("month", "必须填写抽取月份（YYYY-MM）");
		}
		try {
			return ResponseEntity.status(HttpStatus.CREATED).body(draws.draw(month(request.month()), request.seed(), user.getName()));
		}
		catch (AlreadyDrawn | DuplicateKeyException ex) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, request.month() + " 已完成抽取，不能重复抽取");
		}
	}

	@GetMapping("/api/random-inspections/draws/{month}")
	DrawView plan(@PathVariable String month) {
		return draws.find(month(month)).orElseThrow(() -> notDrawn(month));
	}

	@GetMapping("/api/random-inspections/draws/{month}/replay")
	Replay replay(@PathVariable String month) {
		return draws.replay(month(month)).orElseThrow(() -> notDrawn(month));
	}

	@PostMapping("/api/random-inspections/draws/{month}/publication")
	DrawView publish(@PathVariable String month) {
		try {
			return draws.publish(month(month)).orElseThrow(() -> notDrawn(month));
		}
		catch (NotCarriedOut ex) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, ex.getMessage());
		}
	}

	static YearMonth month(String text) {
		try {
			return YearMonth.parse(text.trim());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException("month", "月份格式应为 YYYY-MM：" + text);
		}
	}

	private static ResponseStatusException notDrawn(String month) {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, month + " 尚未抽取");
	}

}
