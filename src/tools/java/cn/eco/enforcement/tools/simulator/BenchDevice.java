package cn.eco.enforcement.tools.simulator;

import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

import cn.eco.enforcement.monitoring.hj212.CpCipher;

/**
 * A synthetic benchmark device. Its minute packets carry a DataTime with milliseconds (17 digits,
 * which the codec accepts) that increases with every packet and never lies behind the wall clock,
 * so no packet duplicates stored data, not even across benchmark runs.
 */
final class BenchDevice {

	static final String WASTEWATER_ST = "32";

	private final String mn;

	private final String password;

	private final CpCipher cipher;

	private long lastDataTime;

	BenchDevice(String mn, String password) {
		this(mn, password, null);
	}

	/** A device that speaks HJ 212-2025 and encrypts with this SM4 setting, or 2017 in clear when null. */
	BenchDevice(String mn, String password, CpCipher cipher) {
		this.mn = mn;
		this.password = password;
		this.cipher = cipher;
	}

	String mn() {
		return mn;
	}

	/** The next minute packet with the first {@code factors} benchmark factors. */
	Upload minutePacket(List<FactorProfile> factors, SplittableRandom random) {
		lastDataTime = Math.max(System.currentTimeMillis(), lastDataTime + 1);
		Upload upload = new Upload(WASTEWATER_ST, PacketFactory.MINUTE, mn, password,
				ChinaTime.millis(Instant.ofEpochMilli(lastDataTime)));
		for (FactorProfile factor : factors) {
			double avg = factor.base() + factor.noise() * (random.nextDouble() * 2 - 1);
			double spread = factor.noise() * 0.5;
			upload.field(factor.code(), "Min", factor.format(avg - spread))
				.field(factor.code(), "Avg", factor.format(avg))
				.field(factor.code(), "Max", factor.format(avg + spread));
			if (factor.couPerSecond() > 0) {
				upload.field(factor.code(), "Cou", factor.format(avg * factor.couPerSecond() * 60));
			}
			upload.field(factor.code(), "Flag", "N");
		}
		return cipher == null ? upload : upload.encrypted(cipher);
	}

}
