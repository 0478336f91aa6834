package cn.eco.enforcement.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.eco.enforcement.monitoring.DeviceKind;
import cn.eco.enforcement.monitoring.Period;
import cn.eco.enforcement.monitoring.Reading;
import org.junit.jupiter.api.Test;

class SeriesJudgeTests {

	private static final Instant T0 = Instant.parse("2026-11-28T00:00:00Z");

	private static final Devices.Limit COD_LIMIT = new Devices.Limit("w01018", new BigDecimal("50"), "mg/L");

	private final SeriesJudge judge = new SeriesJudge(new DetectionSettings(List.of(10, 60, 6), List.of(10, 120, 2), 5,
			0.5, Duration.ofHours(1)));

	@Test
	void hourlyAverageAboveThePermitLimitIsAnExceedance() {
		assertThat(types(judge.judge(DeviceKind.WASTEWATER, hourly(48, 45, 62), COD_LIMIT)))
			.containsExactly(ConditionType.EXCEEDANCE);
	}

	@Test
	void valueAtTheLimitIsNotAnExceedance() {
		assertThat(judge.judge(DeviceKind.WASTEWATER, hourly(48, 45, 50), COD_LIMIT)).isEmpty();
	}

	@Test
	void flueGasIsJudgedOnTheConvertedConcentration() {
		Reading measuredLowConvertedHigh = new Reading("a21026", Period.HOUR, T0, null, new BigDecimal("30"), null, null,
				new BigDecimal("40"), null, "N");
		Reading measuredHighConvertedLow = new Reading("a21026", Period.HOUR, T0, null, new BigDecimal("40"), null, null,
				new BigDecimal("30"), null, "N");
		Devices.Limit so2 = new Devices.Limit("a21026", new BigDecimal("35"), "mg/m³");

		assertThat(types(judge.judge(DeviceKind.FLUE_GAS, List.of(measuredLowConvertedHigh), so2)))
			.containsExactly(ConditionType.EXCEEDANCE);
		assertThat(judge.judge(DeviceKind.FLUE_GAS, List.of(measuredHighConvertedLow), so2)).isEmpty();
	}

	@Test
	void sixEqualHourlyValuesAreAFlatLine() {
		assertThat(types(judge.judge(DeviceKind.WASTEWATER, hourly(30, 21, 21, 21, 21, 21, 21), COD_LIMIT)))
			.containsExactly(ConditionType.FLAT_LINE);
		assertThat(judge.judge(DeviceKind.WASTEWATER, hourly(21, 21, 21, 21, 21, 22), COD_LIMIT)).isEmpty();
	}

	@Test
	void twoHoursAtZeroOrBelowAreAZeroCondition() {
		assertThat(types(judge.judge(DeviceKind.WASTEWATER, hourly(20, 0, -0.1), COD_LIMIT)))
			.containsExactly(ConditionType.ZERO_NEGATIVE);
		assertThat(judge.judge(DeviceKind.WASTEWATER, hourly(20, 18, 0), COD_LIMIT)).isEmpty();
	}

	@Test
	void suddenStepFarOutsideRecentVariationIsAJump() {
		assertThat(types(judge.judge(DeviceKind.WASTEWATER, hourly(20, 21, 19, 20, 22, 21, 20, 48), COD_LIMIT)))
			.containsExactly(ConditionType.JUMP);
	}

	@Test
	void stepSmallerThanHalfTheLimitIsNoJump() {
		assertThat(judge.judge(DeviceKind.WASTEWATER, hourly(20, 21, 19, 20, 22, 21, 20, 40), COD_LIMIT)).isEmpty();
	}

	@Test
	void jumpIntoExceedanceIsReportedOnceAsTheExceedance() {
		assertThat(types(judge.judge(DeviceKind.WASTEWATER, hourly(20, 21, 19, 20, 22, 21, 20, 80), COD_LIMIT)))
			.containsExactly(ConditionType.EXCEEDANCE);
	}

	@Test
	void factorsWithoutALimitAreNotJudgedForFlatLinesOrZeros() {
		assertThat(judge.judge(DeviceKind.AMBIENT_AIR, hourly(0, 0, 0, 0, 0, 0, 0), null)).isEmpty();
	}

	@Test
	void abnormalDataFlagIsReportedAndNotJudgedAsAValue() {
		Reading fault = new Reading("w01018", Period.HOUR, T0, null, new BigDecimal("999"), null, null, null, null, "D");

		List<Finding> findings = judge.judge(DeviceKind.WASTEWATER, List.of(fault), COD_LIMIT);

		assertThat(types(findings)).containsExactly(ConditionType.ABNORMAL_FLAG);
		assertThat(findings.get(0).detail()).contains("仪器故障");
	}

	@Test
	void minuteDataNeedSixtyEqualValuesForAFlatLine() {
		double[] values = new double[60];
		java.util.Arrays.fill(values, 12.0);
		List<Reading> minutes = new ArrayList<>(series(Period.MINUTE, values));
		assertThat(types(judge.judge(DeviceKind.WASTEWATER, minutes, COD_LIMIT))).containsExactly(ConditionType.FLAT_LINE);
		assertThat(judge.judge(DeviceKind.WASTEWATER, minutes.subList(0, 59), COD_LIMIT)).isEmpty();
	}

	/** Oldest first in the arguments, newest first in the result, as the store returns them. */
	private static List<Reading> hourly(double... oldestFirst) {
		return series(Period.HOUR, oldestFirst);
	}

	private static List<Reading> series(Period period, double... oldestFirst) {
		List<Reading> newestFirst = new ArrayList<>();
		for (int i = oldestFirst.length - 1; i >= 0; i--) {
			newestFirst.add(new Reading("w01018", period, T0.plus(Duration.ofHours(i)), null,
					BigDecimal.valueOf(oldestFirst[i]), null, null, null, null, "N"));
		}
		return newestFirst;
	}

	private static List<ConditionType> types(List<Finding> findings) {
		return findings.stream().map(Finding::type).toList();
	}

}
