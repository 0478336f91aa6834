package cn.eco.enforcement.monitoring.tracing;

import java.time.Instant;
import java.util.Objects;

/**
 * A closed time interval, e.g. an enterprise's own exceedance or anomaly alarm.
 *
 * @param from start, inclusive
 * @param to end, inclusive; {@code null} while the alarm is still open
 */
public record TimeWindow(Instant from, Instant to) {

	public TimeWindow {
		Objects.requireNonNull(from, "from");
		if (to != null && to.isBefore(from)) {
			throw new IllegalArgumentException("window ends before it starts: " + from + " > " + to);
		}
	}

	/** Whether the two intervals share at least one instant. */
	public boolean overlaps(TimeWindow other) {
		boolean startsBeforeOtherEnds = other.to == null || !this.from.isAfter(other.to);
		boolean endsAfterOtherStarts = this.to == null || !this.to.isBefore(other.from);
		return startsBeforeOtherEnds && endsAfterOtherStarts;
	}

}
