package cn.eco.enforcement.monitoring.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.eco.enforcement.monitoring.hj212.Hj212Messages;
import cn.eco.enforcement.monitoring.hj212.Hj212Packet;
import cn.eco.enforcement.monitoring.hj212.Hj212Parser;
import cn.eco.enforcement.monitoring.hj212.Hj212Rejection;
import cn.eco.enforcement.monitoring.hj212.MnGrammar;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Counts, logs and where possible answers what the frame decoder refused. A packet sent without its
 * {@code ##} and length (NO_HEADER, each line on its own) or too long for a frame (TOO_LONG) is
 * answered 9011 with QnRtn 2 when its header names a device: it would fail the same way at every
 * re-send, and a logger that gets no answer sends it again. Anything else is only counted.
 */
@Component
class UnframedRefusals {

	private static final Pattern FRAME_HEADER = Pattern.compile("^##\\d{4}");

	private static final Pattern CRC_AFTER_DATA = Pattern.compile("(?<=&&)[0-9A-Fa-f]{4}$");

	private final Hj212Rejections rejections;

	UnframedRefusals(Hj212Rejections rejections) {
		this.rejections = rejections;
	}

	void reject(ChannelHandlerContext ctx, Hj212Rejection rejection) {
		switch (rejection.reason()) {
			case GARBAGE -> rejectLines(ctx, rejection);
			case TOO_LONG -> refuse(ctx, header(FRAME_HEADER.matcher(rejection.input()).replaceFirst("")),
					rejection.reason().name(), rejection.detail());
			default -> rejections.record(ctx, null, rejection.reason().name(), rejection.detail());
		}
	}

	private void rejectLines(ChannelHandlerContext ctx, Hj212Rejection rejection) {
		boolean packets = false;
		for (String line : packetLines(rejection.input())) {
			Optional<Hj212Packet> header = header(CRC_AFTER_DATA.matcher(line).replaceFirst(""));
			if (header.isPresent()) {
				packets = true;
				refuse(ctx, header, "NO_HEADER", "数据包缺少包头“##”和数据段长度：" + StringUtils.truncate(line, 80));
			}
		}
		if (!packets) {
			rejections.record(ctx, null, rejection.reason().name(), rejection.detail());
		}
	}

	private void refuse(ChannelHandlerContext ctx, Optional<Hj212Packet> header, String reason, String detail) {
		String mn = header.map(Hj212Packet::mn).filter(MnGrammar::accepts).orElse(null);
		rejections.record(ctx, mn, reason, detail);
		header.ifPresent(packet -> ctx.writeAndFlush(
				Unpooled.copiedBuffer(Hj212Messages.requestAnswer(packet, 2), StandardCharsets.UTF_8)));
	}

	/** The lines of unframed input that could be packets, without their line ends. */
	private static List<String> packetLines(String input) {
		return input.lines().map(String::strip).filter(line -> line.contains("MN=") && line.contains("CP=")).toList();
	}

	/** The header of a data segment (as far as received), when it has CN, MN and CP. */
	private static Optional<Hj212Packet> header(String dataSegment) {
		return Hj212Parser.parseHeader(dataSegment.getBytes(StandardCharsets.UTF_8));
	}

}
