package cn.eco.enforcement.monitoring.hj212.fuzz;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import cn.eco.enforcement.monitoring.hj212.Hj212FrameDecoder;

/**
 * Composes trials from a seed: which segments, which decoder maximum, and how the stream is cut into
 * reads (one read, single bytes, small or large random pieces, or cuts at frame edges).
 */
final class TrialGenerator {

	private static final Mutation[] MUTATIONS = Mutation.values();

	private TrialGenerator() {
	}

	/** The trial of a seed; the same seed gives the same trial. */
	static Trial trial(long seed) {
		return trial(seed, null);
	}

	/** The trial of a seed, of the given kind or, when null, of a kind picked by the seed. */
	static Trial trial(long seed, Trial.Kind wanted) {
		Random random = new Random(seed);
		Trial.Kind kind = (wanted != null) ? wanted : kind(random);
		int max = (random.nextInt(5) == 0) ? 200 + random.nextInt(600) : Hj212FrameDecoder.DEFAULT_MAX_DATA_LENGTH;
		List<Segment> segments = segments(random, kind, max);
		int[] starts = new int[segments.size()];
		ByteArrayOutputStream stream = new ByteArrayOutputStream();
		for (int i = 0; i < segments.size(); i++) {
			starts[i] = stream.size();
			stream.writeBytes(segments.get(i).bytes());
		}
		byte[] bytes = stream.toByteArray();
		return new Trial(seed, kind, max, segments, bytes, starts, Reads.cut(random, bytes.length, starts));
	}

	private static Trial.Kind kind(Random random) {
		int pick = random.nextInt(20);
		return (pick < 6) ? Trial.Kind.CLEAN : (pick < 19) ? Trial.Kind.MUTATED : Trial.Kind.FLOOD;
	}

	private static List<Segment> segments(Random random, Trial.Kind kind, int max) {
		PacketGenerator packets = new PacketGenerator(random);
		List<Segment> segments = new ArrayList<>();
		if (kind == Trial.Kind.FLOOD) {
			segments.add(Segment.garbage(false, Garbage.flood(random, 2 * max + random.nextInt(16 * 1024))));
		}
		int count = (kind == Trial.Kind.FLOOD) ? 1 : 1 + random.nextInt(6);
		for (int i = 0; i < count; i++) {
			PacketSpec spec = packets.next(max);
			FrameParts frame = FrameParts.valid(random, spec);
			if (kind == Trial.Kind.CLEAN && random.nextInt(3) == 0) {
				segments.add(Segment.garbage(true, Garbage.clean(random, 1 + random.nextInt(300))));
			}
			segments.add((kind == Trial.Kind.MUTATED) ? maybeSpoiled(random, spec, frame, max) : Segment.valid(spec, frame));
		}
		return segments;
	}

	private static Segment maybeSpoiled(Random random, PacketSpec spec, FrameParts frame, int max) {
		int pick = random.nextInt(20);
		if (pick < 7) {
			return Segment.valid(spec, frame);
		}
		if (pick < 9) {
			return Segment.garbage(false, Garbage.dirty(random, random.nextInt(200), frame.bytes()));
		}
		Mutation mutation = MUTATIONS[random.nextInt(MUTATIONS.length)];
		return Segment.mutant(spec, frame, mutation, mutation.apply(frame, random, max));
	}

}
