package cn.eco.enforcement.disclosure;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Complaints filed from the public page per client address in a fixed one-hour window, per node: a
 * complaint starts a loop and mails a squadron, so one address cannot flood a squadron with them.
 */
@Component
class PublicComplaintLimit {

	private static final long WINDOW_MILLIS = 3_600_000;

	private final int perHour;

	private final Map<String, long[]> windows = new ConcurrentHashMap<>();

	PublicComplaintLimit(@Value("${app.public.complaints-per-hour:5}") int perHour) {
		this.perHour = perHour;
	}

	boolean allow(String client, long now) {
		if (windows.size() > 100_000) {
			windows.clear();
		}
		long[] window = windows.compute(client, (k, w) -> w == null || now - w[0] >= WINDOW_MILLIS ? new long[] { now, 0 } : w);
		synchronized (window) {
			return ++window[1] <= perHour;
		}
	}

}
