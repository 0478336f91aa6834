package cn.eco.enforcement.monitoring.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The data times taken as data, over HJ 212 and over HTTP alike: from 2005 on and at most
 * {@code hj212.max-data-time-ahead} (default PT2H, for logger clock skew) ahead of now. A time
 * outside is a logger clock that was reset or runs wild, and is refused rather than stored.
 */
@Component
public class DataTimeBounds {

	/**
	 * No data time before this is data: HJ/T 212, the protocol's first edition, is from 2005, and an
	 * earlier time is a logger clock that was reset (to 2000-01-01, 1970 or year 1).
	 */
	public static final Instant EARLIEST = LocalDate.of(2005, 1, 1).atStartOfDay(PacketReadings.CHINA).toInstant();

	private final Clock clock;

	private final Duration maxAhead;

	DataTimeBounds(Clock clock, @Value("${hj212.max-data-time-ahead:PT2H}") Duration maxAhead) {
		this.clock = clock;
		this.maxAhead = maxAhead;
	}

	/** Whether the time is neither before {@link #EARLIEST} nor more than the tolerance ahead of now. */
	public boolean contains(Instant at) {
		return !at.isBefore(EARLIEST) && !at.isAfter(clock.instant().plus(maxAhead));
	}

	/** The rule, for messages: "须不早于 2005-01-01，且不得超前当前时间 120 分钟以上". */
	public String rule() {
		return "须不早于 2005-01-01，且不得超前当前时间 " + maxAhead.toMinutes() + " 分钟以上";
	}

}
