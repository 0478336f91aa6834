package cn.eco.enforcement.tools.simulator;

import java.time.Instant;

/**
 * QN values ({@code yyyyMMddHHmmssSSS}, China time) that never repeat within one source: a logger
 * sending faster than one packet per millisecond gets the next free millisecond, so answers can be
 * matched to packets by QN.
 */
final class QnSource {

	private long last;

	synchronized String next() {
		last = Math.max(System.currentTimeMillis(), last + 1);
		return ChinaTime.millis(Instant.ofEpochMilli(last));
	}

}
