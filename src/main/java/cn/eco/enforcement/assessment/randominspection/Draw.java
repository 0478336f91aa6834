package cn.eco.enforcement.assessment.randominspection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

import cn.eco.enforcement.assessment.randominspection.DrawInput.Candidate;
import cn.eco.enforcement.assessment.randominspection.DrawInput.Drawn;
import cn.eco.enforcement.assessment.randominspection.DrawInput.Officer;

/**
 * The draw itself: a pure function of seed and input. {@link Random} is used on purpose: its
 * sequence for a given seed is fixed by the Java specification, so a stored seed replays the same
 * draw on any JVM. Candidates and officers are taken in code order, so the order they were read in
 * does not matter.
 * <ol>
 * <li>per pool (key, ordinary, special): at least {@code rate × n} of the firms not on the
 * positive list, rounded up; positive-list firms of the key and ordinary pools are exempt or drawn
 * at the reduced rate (expected count, rounded at random);</li>
 * <li>per drawn firm (in code order): two different officers of the firm's branch bureau, never its
 * responsible or deputy inspector (回避), at random among the least loaded of this draw.</li>
 * </ol>
 */
final class Draw {

	private Draw() {
	}

	static List<Drawn> of(long seed, DrawInput input) {
		Random random = new Random(seed);
		List<Candidate> chosen = firms(random, input);
		List<Officer> officers = input.officers().stream().sorted(Comparator.comparing(Officer::userId)).toList();
		Map<String, Integer> load = new HashMap<>();
		List<Drawn> drawn = new ArrayList<>();
		for (Candidate firm : chosen) {
			drawn.add(pair(random, firm, officers, load));
		}
		return drawn;
	}

	/** The drawn firms of every pool, in code order. */
	private static List<Candidate> firms(Random random, DrawInput input) {
		List<Candidate> candidates = input.candidates().stream().sorted(Comparator.comparing(Candidate::code)).toList();
		List<Candidate> chosen = new ArrayList<>();
		for (Pool pool : Pool.values()) {
			double rate = input.rates().getOrDefault(pool, 0.0);
			List<Candidate> regular = candidates.stream().filter(c -> c.pool() == pool && !reduced(c)).toList();
			List<Candidate> listed = candidates.stream().filter(c -> c.pool() == pool && reduced(c)).toList();
			chosen.addAll(pick(random, regular, (int) Math.ceil(rate * regular.size() - 1e-9)));
			if (!input.positiveListExempt()) {
				chosen.addAll(pick(random, listed, randomRound(random, rate * input.positiveListFactor() * listed.size())));
			}
		}
		chosen.sort(Comparator.comparing(Candidate::code));
		return chosen;
	}

	/** Two officers of the firm's branch other than its own inspectors, or none when there are not two. */
	private static Drawn pair(Random random, Candidate firm, List<Officer> officers, Map<String, Integer> load) {
		List<Officer> eligible = officers.stream()
			.filter(o -> Objects.equals(o.branch(), firm.branch()))
			.filter(o -> !o.userId().equals(firm.responsible()) && !o.userId().equals(firm.deputy()))
			.toList();
		if (eligible.size() < 2) {
			return new Drawn(firm.code(), firm.pool(), firm.positiveList(), null, null);
		}
		Officer a = leastLoaded(random, eligible, load, null);
		Officer b = leastLoaded(random, eligible, load, a);
		return new Drawn(firm.code(), firm.pool(), firm.positiveList(), a.userId(), b.userId());
	}

	/** Positive-list firms get the reduced rate, except in the special pool (risk comes first). */
	private static boolean reduced(Candidate c) {
		return c.positiveList() && c.pool() != Pool.SPECIAL;
	}

	/** k of the candidates, by a partial Fisher–Yates shuffle. */
	static <T> List<T> pick(Random random, List<T> from, int k) {
		List<T> copy = new ArrayList<>(from);
		int n = Math.min(k, copy.size());
		for (int i = 0; i < n; i++) {
			java.util.Collections.swap(copy, i, i + random.nextInt(copy.size() - i));
		}
		return List.copyOf(copy.subList(0, n));
	}

	private static int randomRound(Random random, double expected) {
		int whole = (int) Math.floor(expected);
		return whole + (random.nextDouble() < expected - whole ? 1 : 0);
	}

	private static Officer leastLoaded(Random random, List<Officer> eligible, Map<String, Integer> load, Officer not) {
		List<Officer> free = eligible.stream().filter(o -> o != not).toList();
		int min = free.stream().mapToInt(o -> load.getOrDefault(o.userId(), 0)).min().orElse(0);
		List<Officer> least = free.stream().filter(o -> load.getOrDefault(o.userId(), 0) == min).toList();
		Officer chosen = least.get(random.nextInt(least.size()));
		load.merge(chosen.userId(), 1, Integer::sum);
		return chosen;
	}

}
