package cn.eco.enforcement.assessment.randominspection;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import cn.eco.enforcement.assessment.randominspection.DrawInput.Drawn;
import cn.eco.enforcement.assessment.randominspection.DrawRecords.StoredDraw;
import cn.eco.enforcement.shared.InvalidInputException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly random draw (双随机): draws, stores seed and input, starts an inspection per drawn firm,
 * replays a stored draw for audit and publishes plan and results (一公开).
 */
@Service
@Transactional
public class RandomDraws {

	private static final Logger log = LoggerFactory.getLogger(RandomDraws.class);

	private final DrawPool pool;

	private final DrawRecords records;

	private final RandomInspectionStarter starter;

	private final ObjectMapper json;

	private final Clock clock;

	RandomDraws(DrawPool pool, DrawRecords records, RandomInspectionStarter starter, ObjectMapper json, Clock clock) {
		this.pool = pool;
		this.records = records;
		this.starter = starter;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Draws the month once, with the given seed or a fresh random one.
	 * @throws InvalidInputException for a month in the past or more than a year ahead
	 * @throws AlreadyDrawn when the month has been drawn
	 */
	public DrawView draw(YearMonth month, Long seed, String drawnBy) {
		YearMonth now = YearMonth.now(clock);
		if (month.isBefore(now) || month.isAfter(now.plusMonths(12))) {
			throw new InvalidInputException("month", "只能抽取本月至未来 12 个月：" + month);
		}
		if (records.find(month.toString()).isPresent()) {
			throw new AlreadyDrawn(month);
		}
		long actualSeed = seed != null ? seed : new SecureRandom().nextLong();
		DrawInput input = pool.current(month);
		List<Drawn> drawn = Draw.of(actualSeed, input);
		long drawId = records.insertDraw(month.toString(), actualSeed, drawnBy, OffsetDateTime.now(clock), write(input));
		for (Drawn d : drawn) {
			long id = records.insertItem(drawId, d);
			if (d.staffed()) {
				records.attachProcess(id, starter.start(id, month, d, clock.getZone()));
			}
		}
		log.info("Random draw {} by {}: seed {}, {} of {} enterprises drawn: {}", month, drawnBy, actualSeed, drawn.size(),
				input.candidates().size(), drawn.stream()
					.map(d -> d.enterpriseCode() + (d.staffed() ? "(" + d.inspectorA() + "," + d.inspectorB() + ")" : "(无可派人员)"))
					.toList());
		return find(month).orElseThrow();
	}

	@Transactional(readOnly = true)
	public Optional<DrawView> find(YearMonth month) {
		return records.find(month.toString())
			.map(d -> new DrawView(d.month(), d.seed(), d.drawnBy(), d.drawnAt(), d.publishedAt(), records.items(d.id())));
	}

	/** Draws again from the stored seed and input and compares with what was stored. */
	@Transactional(readOnly = true)
	public Optional<Replay> replay(YearMonth month) {
		return records.find(month.toString()).map(stored -> {
			List<Drawn> again = Draw.of(stored.seed(), read(stored));
			List<Drawn> recorded = records.items(stored.id()).stream().map(i -> new Drawn(i.enterpriseCode(), i.pool(),
					i.positiveList(), i.inspectorA(), i.inspectorB())).toList();
			return new Replay(stored.month(), stored.seed(), again.equals(recorded), again);
		});
	}

	/**
	 * Makes plan and results public (from now on they show on the public page), once every drawn
	 * inspection is done: a plan published earlier would warn the firms still to be visited.
	 * @throws NotCarriedOut while an inspection of the month is still planned
	 */
	public Optional<DrawView> publish(YearMonth month) {
		find(month).filter(d -> !d.carriedOut()).ifPresent(d -> {
			throw new NotCarriedOut(month);
		});
		records.find(month.toString()).ifPresent(d -> records.publish(d.id(), OffsetDateTime.now(clock)));
		return find(month);
	}

	/** What replaying a stored draw gave. */
	public record Replay(String month, long seed, boolean matchesRecord, List<Drawn> drawn) {
	}

	/** Some inspections of the month are still to be carried out; the draw is not published yet. */
	public static class NotCarriedOut extends RuntimeException {

		NotCarriedOut(YearMonth month) {
			super(month + " 的双随机抽查尚未全部完成，完成后才能公开");
		}

	}

	/** The month was drawn already; a draw is never repeated. */
	public static class AlreadyDrawn extends RuntimeException {

		AlreadyDrawn(YearMonth month) {
			super(month + " 已完成抽取，不能重复抽取");
		}

	}

	private String write(DrawInput input) {
		try {
			return json.writeValueAsString(input);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private DrawInput read(StoredDraw stored) {
		try {
			return json.readValue(stored.snapshot(), DrawInput.class);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Stored draw " + stored.month() + " is unreadable", ex);
		}
	}

}
