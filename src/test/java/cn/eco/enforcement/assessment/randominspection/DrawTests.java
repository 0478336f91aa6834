package cn.eco.enforcement.assessment.randominspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import cn.eco.enforcement.assessment.randominspection.DrawInput.Candidate;
import cn.eco.enforcement.assessment.randominspection.DrawInput.Drawn;
import cn.eco.enforcement.assessment.randominspection.DrawInput.Officer;
import org.junit.jupiter.api.Test;

/** The draw as a pure function: reproducible from its seed, at the configured rates, with recusal. */
class DrawTests {

	static final Map<Pool, Double> RATES = Map.of(Pool.KEY, 0.1, Pool.ORDINARY, 0.05, Pool.SPECIAL, 0.25);

	@Test
	void sameSeedAndInputGiveTheSameDrawWhateverOrderTheInputWasReadIn() {
		DrawInput input = city(false);
		List<Candidate> shuffled = new ArrayList<>(input.candidates());
		java.util.Collections.reverse(shuffled);
		List<Officer> officers = new ArrayList<>(input.officers());
		java.util.Collections.reverse(officers);
		DrawInput reordered = new DrawInput(input.month(), input.rates(), false, 0.5, shuffled, officers);

		assertThat(Draw.of(20261128L, reordered)).isEqualTo(Draw.of(20261128L, input)).isNotEmpty();
		assertThat(Draw.of(20261129L, input)).isNotEqualTo(Draw.of(20261128L, input));
	}

	@Test
	void drawsAtLeastTheConfiguredShareOfEachPoolRoundedUp() {
		List<Drawn> drawn = Draw.of(7L, city(true));

		assertThat(drawn.stream().filter(d -> d.pool() == Pool.KEY)).hasSize(4); // 10 % of 40
		assertThat(drawn.stream().filter(d -> d.pool() == Pool.ORDINARY)).hasSize(5); // 5 % of 100
		assertThat(drawn.stream().filter(d -> d.pool() == Pool.SPECIAL)).hasSize(3); // 25 % of 10, rounded up
		assertThat(drawn).extracting(Drawn::enterpriseCode).doesNotHaveDuplicates();
	}

	@Test
	void positiveListFirmsAreExemptWhenConfiguredAndOtherwiseDrawnAtTheReducedRate() {
		assertThat(Draw.of(7L, city(true))).noneMatch(Drawn::positiveList);

		// 60 listed ordinary firms at 5 % × 0.5: 1.5 expected per draw, so 1 or 2, about 1.5 on average.
		List<Integer> listedPerDraw = IntStream.range(0, 400)
			.mapToObj(seed -> (int) Draw.of(seed, city(false)).stream().filter(Drawn::positiveList).count())
			.toList();
		assertThat(listedPerDraw).allMatch(n -> n == 1 || n == 2);
		assertThat(listedPerDraw.stream().mapToInt(Integer::intValue).average().orElseThrow()).isBetween(1.4, 1.6);
		assertThat(Draw.of(7L, city(false)).stream().filter(d -> d.pool() == Pool.ORDINARY && !d.positiveList()))
			.as("the reduced rate does not take from the others' share")
			.hasSize(5);
	}

	@Test
	void neverSendsTheFirmsOwnInspectorsAndAlwaysTwoOfItsOwnBranch() {
		DrawInput input = city(false);
		for (long seed = 0; seed < 200; seed++) {
			for (Drawn d : Draw.of(seed, input)) {
				Candidate firm = input.candidates().stream().filter(c -> c.code().equals(d.enterpriseCode())).findFirst().orElseThrow();
				assertThat(d.inspectorA()).isNotEqualTo(d.inspectorB());
				assertThat(List.of(d.inspectorA(), d.inspectorB())).doesNotContain(firm.responsible(), firm.deputy())
					.allMatch(o -> o.startsWith(firm.branch() + "-"));
			}
		}
	}

	@Test
	void firmWithoutTwoOfficersBesidesItsOwnIsLeftUnstaffed() {
		List<Candidate> firms = List.of(new Candidate("E1", Pool.SPECIAL, false, "S-1", "S-2", "S"));
		List<Officer> officers = List.of(new Officer("S-1", "S"), new Officer("S-2", "S"), new Officer("S-3", "S"),
				new Officer("T-1", "T"), new Officer("T-2", "T"));

		assertThat(Draw.of(1L, new DrawInput("2026-12", RATES, false, 0.5, firms, officers)))
			.containsExactly(new Drawn("E1", Pool.SPECIAL, false, null, null));
	}

	/**
	 * Two branches (A, B) with six officers each; 40 key, 160 ordinary (60 on the positive list) and
	 * 10 special firms, each with a responsible and a deputy inspector of its branch.
	 */
	static DrawInput city(boolean exempt) {
		List<Candidate> firms = new ArrayList<>();
		int n = 0;
		for (Pool pool : Pool.values()) {
			int count = pool == Pool.KEY ? 40 : pool == Pool.ORDINARY ? 160 : 10;
			for (int i = 0; i < count; i++, n++) {
				String branch = n % 2 == 0 ? "A" : "B";
				firms.add(new Candidate("E%03d".formatted(n), pool, pool == Pool.ORDINARY && i < 60, branch + "-" + (n % 6),
						branch + "-" + ((n + 1) % 6), branch));
			}
		}
		List<Officer> officers = new ArrayList<>();
		for (String branch : List.of("A", "B")) {
			IntStream.range(0, 6).forEach(i -> officers.add(new Officer(branch + "-" + i, branch)));
		}
		return new DrawInput("2026-12", RATES, exempt, 0.5, firms, officers);
	}

}
