package cn.eco.enforcement.monitoring.web;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import cn.eco.enforcement.monitoring.Period;
import cn.eco.enforcement.monitoring.Reading;
import cn.eco.enforcement.monitoring.ReadingBatch;
import cn.eco.enforcement.monitoring.hj212.FactorCodes;
import cn.eco.enforcement.monitoring.hj212.MnGrammar;
import cn.eco.enforcement.monitoring.internal.DataTimeBounds;
import cn.eco.enforcement.shared.InvalidInputException;
import cn.eco.enforcement.shared.InvalidInputException.FieldProblem;

/**
 * The body of {@code POST /api/monitoring/readings}: a device's credentials and up to 5,000
 * readings. The batch is taken whole or not at all.
 */
record ReadingsRequest(String mn, String password, List<Item> readings) {

	static final int MAX_READINGS = 5000;

	/**
	 * The batch, or every bad field named: also what the readings table could not hold (a value of
	 * 10^12 or more, a factor code or flag longer than its column) and a data time outside the bounds
	 * HJ 212 uploads are held to.
	 */
	ReadingBatch toBatch(DataTimeBounds dataTimes) {
		List<FieldProblem> problems = new ArrayList<>();
		if (mn == null || !MnGrammar.accepts(mn.strip())) {
			problems.add(new FieldProblem("mn", "必须填写，" + MnGrammar.RULE));
		}
		if (readings == null || readings.isEmpty() || readings.size() > MAX_READINGS) {
			problems.add(new FieldProblem("readings", "必须有 1 至 " + MAX_READINGS + " 条数据"));
		}
		List<Reading> batch = new ArrayList<>();
		for (int i = 0; readings != null && i < readings.size(); i++) {
			Item item = readings.get(i);
			String field = "readings[" + i + "]";
			if (item == null || item.factorCode() == null || item.factorCode().isBlank()) {
				problems.add(new FieldProblem(field + ".factorCode", "必须填写"));
			}
			else if (Reading.longerThan(item.canonicalFactorCode(), Reading.FACTOR_CODE_LENGTH)) {
				problems.add(new FieldProblem(field + ".factorCode", "最长 " + Reading.FACTOR_CODE_LENGTH + " 个字符"));
			}
			else if (item.period() == null) {
				problems.add(new FieldProblem(field + ".period", "必须填写，取值 RTD、MINUTE、HOUR、DAY"));
			}
			else if (item.dataTime() == null || !dataTimes.contains(item.dataTime().toInstant())) {
				problems.add(new FieldProblem(field + ".dataTime", "必须填写，" + dataTimes.rule()));
			}
			else if (item.rtd() == null && item.avg() == null && item.zsAvg() == null && item.cou() == null) {
				problems.add(new FieldProblem(field, "至少需要 rtd、avg、zsAvg、cou 之一"));
			}
			else if (item.flag() != null && Reading.longerThan(item.flag(), Reading.FLAG_LENGTH)) {
				problems.add(new FieldProblem(field + ".flag", "最长 " + Reading.FLAG_LENGTH + " 个字符"));
			}
			else {
				Reading reading = item.toReading();
				reading.unstorableValue()
					.ifPresentOrElse(value -> problems.add(new FieldProblem(field,
							"数值超出范围（绝对值须小于 10^12）：" + value)), () -> batch.add(reading));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new ReadingBatch(mn.strip(), password, batch);
	}

	/** One reading in the request. */
	record Item(String factorCode, Period period, OffsetDateTime dataTime, BigDecimal rtd, BigDecimal avg, BigDecimal min,
			BigDecimal max, BigDecimal zsAvg, BigDecimal cou, String flag) {

		Reading toReading() {
			return new Reading(canonicalFactorCode(), period, dataTime.toInstant(), rtd, avg, min, max, zsAvg, cou, flag);
		}

		/** The factor code as stored. */
		String canonicalFactorCode() {
			return FactorCodes.canonical(factorCode.strip());
		}

	}

}
