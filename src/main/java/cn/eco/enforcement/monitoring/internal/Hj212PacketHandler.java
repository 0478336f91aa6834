package cn.eco.enforcement.monitoring.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import cn.eco.enforcement.monitoring.Period;
import cn.eco.enforcement.monitoring.Reading;
import cn.eco.enforcement.monitoring.ReadingBatch;
import cn.eco.enforcement.monitoring.hj212.CrcVariant;
import cn.eco.enforcement.monitoring.hj212.Hj212Frame;
import cn.eco.enforcement.monitoring.hj212.Hj212Messages;
import cn.eco.enforcement.monitoring.hj212.Hj212Packet;
import cn.eco.enforcement.monitoring.hj212.Hj212ParseException;
import cn.eco.enforcement.monitoring.hj212.Hj212Parser;
import cn.eco.enforcement.monitoring.hj212.Hj212Rejection;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.timeout.IdleStateEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Handles framed HJ 212 input: checks the CRC (with the device's tolerated vendor variants), parses,
 * queues data uploads for group commit ({@link IngestQueue}) and answers 9014 only after the data
 * are committed. A bad packet is refused (a 9011 answer with its QnRtn when the packet can be
 * identified), counted and logged, and the connection stays open for the next one.
 */
@Component
@Sharable
class Hj212PacketHandler extends SimpleChannelInboundHandler<Object> {

	private static final Logger log = LoggerFactory.getLogger(Hj212PacketHandler.class);

	private final IngestQueue queue;

	private final Devices devices;

	private final Hj212Rejections rejections;

	private final DeviceStatus status;

	private final Clock clock;

	Hj212PacketHandler(IngestQueue queue, Devices devices, Hj212Rejections rejections, DeviceStatus status,
			Clock clock) {
		this.queue = queue;
		this.devices = devices;
		this.rejections = rejections;
		this.status = status;
		this.clock = clock;
	}

	@Override
	protected void channelRead0(ChannelHandlerContext ctx, Object message) {
		if (message instanceof Hj212Rejection rejection) {
			rejections.record(ctx, null, rejection.reason().name(), rejection.detail());
		}
		else if (message instanceof Hj212Frame frame) {
			handle(ctx, frame);
		}
	}

	private void handle(ChannelHandlerContext ctx, Hj212Frame frame) {
		Hj212Packet packet;
		try {
			packet = Hj212Parser.parse(frame.dataSegment());
		}
		catch (Hj212ParseException ex) {
			rejections.record(ctx, null, ex.reason().name(), ex.getMessage());
			return;
		}
		Optional<Devices.Device> device = devices.find(packet.mn());
		if (device.isEmpty()) {
			refuse(ctx, packet, "UNKNOWN_DEVICE", 4, "未登记的设备");
			return;
		}
		if (!frame.crcValid(device.get().crcVariants())) {
			refuse(ctx, packet, "BAD_CRC", 9, "CRC 校验失败：" + frame.crcHex());
			return;
		}
		if (!Devices.passwordMatches(device.get(), packet.pw())) {
			refuse(ctx, packet, "BAD_PASSWORD", 3, "设备密码错误");
			return;
		}
		Optional<Period> period = PacketReadings.periodOf(packet.cn());
		if (period.isPresent()) {
			store(ctx, packet, device.get(), PacketReadings.of(packet, period.get(), clock));
			return;
		}
		Instant at = packet.dataTime() == null ? clock.instant() : packet.dataTimeAt(PacketReadings.CHINA);
		try {
			switch (packet.cn()) {
				case "2021" -> status.storeFacilityStates(packet, at);
				case "2081" -> status.recordEvent(packet.mn(), "RESTART", at, packet.other().get("RestartTime"));
				default -> log.debug("HJ 212 {} from {}: CN {} accepted without data", packet.qn(), packet.mn(), packet.cn());
			}
			answer(ctx, packet);
		}
		catch (RuntimeException ex) {
			log.error("HJ 212 packet {} (CN {}) from {} not stored", packet.qn(), packet.cn(), packet.mn(), ex);
		}
	}

	private void store(ChannelHandlerContext ctx, Hj212Packet packet, Devices.Device device, List<Reading> readings) {
		if (readings.isEmpty()) {
			answer(ctx, packet);
			return;
		}
		queue.submit(device, new ReadingBatch(packet.mn(), packet.pw(), readings)).whenComplete((result, failure) -> {
			if (failure == null) {
				answer(ctx, packet);
			}
			else {
				// Not stored, so not acknowledged: the logger re-sends it.
				log.error("HJ 212 packet {} from {} not stored: {}", packet.qn(), packet.mn(), failure.toString());
			}
		});
	}

	private void answer(ChannelHandlerContext ctx, Hj212Packet packet) {
		if (packet.answerRequested()) {
			write(ctx, Hj212Messages.dataAnswer(packet, ZonedDateTime.now(clock.withZone(PacketReadings.CHINA))));
		}
	}

	private void refuse(ChannelHandlerContext ctx, Hj212Packet packet, String reason, int qnRtn, String detail) {
		rejections.record(ctx, packet.mn(), reason, detail);
		write(ctx, Hj212Messages.requestAnswer(packet, qnRtn));
	}

	private static void write(ChannelHandlerContext ctx, String frame) {
		ctx.writeAndFlush(Unpooled.copiedBuffer(frame, java.nio.charset.StandardCharsets.UTF_8));
	}

	@Override
	public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
		if (event instanceof IdleStateEvent) {
			log.info("Closing idle HJ 212 connection {}", ctx.channel().remoteAddress());
			ctx.close();
		}
	}

	@Override
	public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
		log.warn("HJ 212 connection {} failed: {}", ctx.channel().remoteAddress(), cause.toString());
		ctx.close();
	}

}
