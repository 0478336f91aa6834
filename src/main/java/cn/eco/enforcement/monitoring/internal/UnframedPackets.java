package cn.eco.enforcement.monitoring.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.eco.enforcement.monitoring.hj212.Hj212Packet;
import cn.eco.enforcement.monitoring.hj212.Hj212Parser;

/**
 * Reads what an answer needs out of input the frame decoder could not frame: a packet sent without
 * {@code ##} and length, or the start of a packet too long for a frame.
 */
final class UnframedPackets {

	private static final Pattern FRAME_HEADER = Pattern.compile("^##\\d{4}");

	private static final Pattern CRC_AFTER_DATA = Pattern.compile("(?<=&&)[0-9A-Fa-f]{4}$");

	private UnframedPackets() {
	}

	/** The lines of unframed input, without their line ends; lines that name no device are left out. */
	static List<String> lines(String input) {
		return input.lines().map(String::strip).filter(line -> line.contains("MN=") && line.contains("CP=")).toList();
	}

	/** A line that carries a data segment and its CRC, without the CRC. */
	static String withoutCrc(String line) {
		return CRC_AFTER_DATA.matcher(line).replaceFirst("");
	}

	/** The data segment, as far as received, of a frame's start. */
	static String dataSegmentOf(String frameStart) {
		return FRAME_HEADER.matcher(frameStart).replaceFirst("");
	}

	/** The header of a data segment, when it has CN, MN and CP. */
	static Optional<Hj212Packet> header(String dataSegment) {
		return Hj212Parser.parseHeader(dataSegment.getBytes(StandardCharsets.UTF_8));
	}

}
