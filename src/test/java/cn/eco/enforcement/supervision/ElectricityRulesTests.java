package cn.eco.enforcement.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import cn.eco.enforcement.supervision.internal.DroolsElectricityRules;
import cn.eco.enforcement.supervision.internal.RulesConfiguration;
import org.junit.jupiter.api.Test;

/**
 * The electricity rules in {@code rules/electricity/}, fired from the project folder: production line
 * PL-1 is served by dust collector TF-1; PL-2 by TF-2. Times are minutes of the morning.
 */
class ElectricityRulesTests {

	private static final int MIN_MINUTES = 15;

	private final ElectricityRules rules = electricityRules();

	private final List<FacilityLink> links = List.of(new FacilityLink("TF-1", "PL-1"), new FacilityLink("TF-2", "PL-2"));

	@Test
	void aTreatmentStopOfFifteenMinutesWhileProductionRunsIsNotRunningInSync() {
		List<ElectricityJudgement> judged = rules.judge(List.of(running("PL-1", 0, 100), stopped("TF-1", 85, 100, 10L, 85L)),
				links, MIN_MINUTES);

		assertThat(judged).singleElement().satisfies(j -> {
			assertThat(j.type()).isEqualTo(ElectricityJudgement.TREATMENT_NOT_RUNNING);
			assertThat(j.treatmentCode()).isEqualTo("TF-1");
			assertThat(j.productionCode()).isEqualTo("PL-1");
			assertThat(j.minutes()).isEqualTo(15);
			assertThat(j.reason()).contains("停运 15 分钟");
		});
	}

	@Test
	void aShorterStopIsNotJudged() {
		assertThat(rules.judge(List.of(running("PL-1", 0, 100), stopped("TF-1", 86, 100, 10L, 86L)), links, MIN_MINUTES))
			.isEmpty();
	}

	@Test
	void onlyTheTimeProductionRanCountsTowardsTheStop() {
		// The collector has been off since minute 10, but the line started only ten minutes ago.
		FacilityPower line = new FacilityPower("PL-1", "PRODUCTION", true, 90, 100, 90L, 40L);

		assertThat(rules.judge(List.of(line, stopped("TF-1", 10, 100, null, 10L)), links, MIN_MINUTES)).isEmpty();
	}

	@Test
	void aStoppedTreatmentFacilityThatServesAnotherFacilityIsNotJudgedAgainstThisOne() {
		// TF-2 serves PL-2, which is stopped; PL-1 runs with its own TF-1 running.
		List<FacilityPower> facilities = List.of(running("PL-1", 0, 100), new FacilityPower("TF-1", "TREATMENT", true, 0, 100,
				null, null), new FacilityPower("PL-2", "PRODUCTION", false, 0, 100, null, null), stopped("TF-2", 0, 100, null, null));

		assertThat(rules.judge(facilities, links, MIN_MINUTES)).isEmpty();
	}

	@Test
	void aTreatmentFacilityStartedAfterItsProductionIsOutOfSync() {
		FacilityPower line = new FacilityPower("PL-1", "PRODUCTION", true, 60, 70, 60L, null);
		FacilityPower collector = new FacilityPower("TF-1", "TREATMENT", true, 65, 70, 65L, null);

		assertThat(rules.judge(List.of(line, collector), links, MIN_MINUTES)).singleElement().satisfies(j -> {
			assertThat(j.type()).isEqualTo(ElectricityJudgement.START_STOP_OUT_OF_SYNC);
			assertThat(j.minutes()).isEqualTo(5);
			assertThat(j.reason()).contains("晚于生产设施 PL-1 5 分钟启动");
		});
	}

	@Test
	void aTreatmentFacilityStoppedBeforeItsProductionIsOutOfSync() {
		FacilityPower line = new FacilityPower("PL-1", "PRODUCTION", false, 120, 125, 60L, 120L);
		FacilityPower collector = stopped("TF-1", 112, 125, 50L, 112L);

		assertThat(rules.judge(List.of(line, collector), links, MIN_MINUTES)).singleElement().satisfies(j -> {
			assertThat(j.type()).isEqualTo(ElectricityJudgement.START_STOP_OUT_OF_SYNC);
			assertThat(j.reason()).contains("早于生产设施 PL-1 8 分钟停止");
		});
	}

	@Test
	void startingAndStoppingTogetherIsInSync() {
		FacilityPower lineStarted = new FacilityPower("PL-1", "PRODUCTION", true, 60, 70, 60L, null);
		FacilityPower collectorStarted = new FacilityPower("TF-1", "TREATMENT", true, 60, 70, 60L, null);
		FacilityPower lineStopped = new FacilityPower("PL-1", "PRODUCTION", false, 120, 125, 60L, 120L);
		FacilityPower collectorStopped = stopped("TF-1", 120, 125, 60L, 120L);

		assertThat(rules.judge(List.of(lineStarted, collectorStarted), links, MIN_MINUTES)).isEmpty();
		assertThat(rules.judge(List.of(lineStopped, collectorStopped), links, MIN_MINUTES)).isEmpty();
	}

	@Test
	void aShortStopInTheMiddleOfARunIsNeitherJudgement() {
		// The collector ran when the line started at minute 0, stopped at 40 and ran again from 45.
		FacilityPower collector = new FacilityPower("TF-1", "TREATMENT", true, 45, 100, 45L, 40L);

		assertThat(rules.judge(List.of(new FacilityPower("PL-1", "PRODUCTION", true, 0, 100, 0L, null), collector), links,
				MIN_MINUTES)).isEmpty();
	}

	@Test
	void aLongLateStartIsJudgedOnceAsNotRunningInSync() {
		// Started 20 minutes late: the stop was judged while it lasted, not a second time as out of sync.
		FacilityPower line = new FacilityPower("PL-1", "PRODUCTION", true, 60, 90, 60L, null);
		FacilityPower collector = new FacilityPower("TF-1", "TREATMENT", true, 80, 90, 80L, null);

		assertThat(rules.judge(List.of(line, collector), links, MIN_MINUTES)).isEmpty();
	}

	private static FacilityPower running(String code, long since, long latest) {
		return new FacilityPower(code, "PRODUCTION", true, since, latest, null, null);
	}

	private static FacilityPower stopped(String code, long since, long latest, Long lastStart, Long lastStop) {
		return new FacilityPower(code, "TREATMENT", false, since, latest, lastStart, lastStop);
	}

	private static ElectricityRules electricityRules() {
		try {
			return new DroolsElectricityRules(RulesConfiguration.compile(RuleFixtures.projectRuleFiles()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
