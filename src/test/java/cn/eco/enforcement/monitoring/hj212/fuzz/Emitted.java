package cn.eco.enforcement.monitoring.hj212.fuzz;

import java.util.ArrayList;
import java.util.List;

import cn.eco.enforcement.monitoring.hj212.Hj212Frame;
import cn.eco.enforcement.monitoring.hj212.Hj212Rejection;

/**
 * What one decoder run emitted, with each frame's place on the wire, the segment it starts in and,
 * when judged, the platform's verdict.
 *
 * @param frames the emitted frames in order
 * @param positions each frame's {@code ##} position in the stream, -1 when not found
 * @param verdicts each frame's verdict (empty when not judged)
 * @param rejections the decoder's rejections in order
 * @param trial the trial the run belongs to
 */
record Emitted(List<Hj212Frame> frames, List<Integer> positions, List<Receiver.Verdict> verdicts,
		List<Hj212Rejection> rejections, Trial trial) {

	static Emitted of(Trial trial, DecoderRun run, List<Violation> violations, boolean judge) {
		WireLocator locator = new WireLocator(trial.stream());
		Emitted emitted = new Emitted(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), trial);
		for (Object message : run.out()) {
			if (message instanceof Hj212Frame frame) {
				int position = locator.locate(frame);
				if (position < 0) {
					violations.add(new Violation(Property.FRAMED_FROM_WIRE, trial.seed(), "not on the wire: " + frame));
				}
				emitted.frames().add(frame);
				emitted.positions().add(position);
				if (judge) {
					emitted.verdicts().add(Receiver.judge(frame, trial.seed(), violations));
				}
			}
			else {
				emitted.rejections().add((Hj212Rejection) message);
			}
		}
		return emitted;
	}

	/** The segment the i-th frame starts in, or null. */
	Segment origin(int i) {
		int segment = (positions.get(i) < 0) ? -1 : trial.segmentAt(positions.get(i));
		return (segment < 0) ? null : trial.segments().get(segment);
	}

	/** The index of the frame emitted at a stream position, or -1. */
	int frameAt(int position) {
		return positions.indexOf(position);
	}

}
