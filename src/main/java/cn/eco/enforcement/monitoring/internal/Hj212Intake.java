package cn.eco.enforcement.monitoring.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import cn.eco.enforcement.monitoring.IngestResult;
import cn.eco.enforcement.monitoring.Period;
import cn.eco.enforcement.monitoring.Reading;
import cn.eco.enforcement.monitoring.ReadingBatch;
import cn.eco.enforcement.monitoring.hj212.Hj212Frame;
import cn.eco.enforcement.monitoring.hj212.Hj212Messages;
import cn.eco.enforcement.monitoring.hj212.Hj212Packet;
import cn.eco.enforcement.monitoring.hj212.Hj212ParseException;
import cn.eco.enforcement.monitoring.hj212.Hj212Parser;
import cn.eco.enforcement.monitoring.hj212.Hj212Rejection;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * What happens to a framed HJ 212 packet: the CRC is checked (with the device's tolerated vendor
 * variants), the packet parsed, MN and PW checked, data uploads queued for group commit
 * ({@link IngestQueue}) and answered 9014 only after the commit. A bad packet is refused (a 9011
 * answer with its QnRtn when the packet can be identified), counted and logged, and the connection
 * stays open for the next one.
 * <p>
 * A good data upload from a device in the cache needs no database before it is queued, so it is
 * taken on the network thread ({@link #acceptWithoutWaiting}); everything else may wait for the
 * database and is handled on a storage thread ({@link #handle}).
 */
@Component
class Hj212Intake {

	private static final Logger log = LoggerFactory.getLogger(Hj212Intake.class);

	private final IngestQueue queue;

	private final Devices devices;

	private final Hj212Rejections rejections;

	private final DeviceStatus status;

	private final Clock clock;

	Hj212Intake(IngestQueue queue, Devices devices, Hj212Rejections rejections, DeviceStatus status, Clock clock) {
		this.queue = queue;
		this.devices = devices;
		this.rejections = rejections;
		this.status = status;
		this.clock = clock;
	}

	/**
	 * Queues a good data upload of a cached device without touching the database.
	 * @return false when the frame needs {@link #handle} (unknown device, refusal, other commands)
	 */
	boolean acceptWithoutWaiting(ChannelHandlerContext ctx, Hj212Frame frame) {
		Hj212Packet packet;
		try {
			packet = Hj212Parser.parse(frame.dataSegment());
		}
		catch (Hj212ParseException ex) {
			return false;
		}
		Optional<Period> period = PacketReadings.periodOf(packet.cn());
		Optional<Devices.Device> device = devices.cached(packet.mn()).flatMap(known -> known);
		if (period.isEmpty() || device.isEmpty() || !frame.crcValid(device.get().crcVariants())
				|| !Devices.passwordMatches(device.get(), packet.pw())) {
			return false;
		}
		List<Reading> readings = PacketReadings.of(packet, period.get(), clock);
		if (unstorable(readings).isPresent()) {
			return false;
		}
		store(ctx, frame, packet, device.get(), readings);
		return true;
	}

	/** Handles any frame; may wait for the database. */
	void handle(ChannelHandlerContext ctx, Hj212Frame frame) {
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
			List<Reading> readings = PacketReadings.of(packet, period.get(), clock);
			Optional<String> unstorable = unstorable(readings);
			if (unstorable.isPresent()) {
				// Such a value would fail its batch at every re-send: refuse the packet (QnRtn 2,
				// rejected) rather than leave it unanswered for ever, and record why.
				refuse(ctx, packet, "VALUE_OUT_OF_RANGE", 2, "数值超出范围（绝对值须小于 10^12）：" + unstorable.get());
				return;
			}
			store(ctx, frame, packet, device.get(), readings);
			return;
		}
		handleCommand(ctx, packet);
	}

	/** Counts and logs what the frame decoder refused. */
	void reject(ChannelHandlerContext ctx, Hj212Rejection rejection) {
		rejections.record(ctx, null, rejection.reason().name(), rejection.detail());
	}

	private void handleCommand(ChannelHandlerContext ctx, Hj212Packet packet) {
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

	/**
	 * Queues an upload, or a part of a split upload, and answers once it is committed. Each part is
	 * answered on its own, echoing its own QN (DOMAIN §a.9): a logger waits for one answer before it
	 * sends the next part.
	 */
	private void store(ChannelHandlerContext ctx, Hj212Frame frame, Hj212Packet packet, Devices.Device device,
			List<Reading> readings) {
		CompletableFuture<IngestResult> stored;
		if (SplitUploads.isPart(packet)) {
			stored = queue.submitPart(device, new SplitUploads.Part(packet, frame.text()));
		}
		else if (readings.isEmpty()) {
			answer(ctx, packet);
			return;
		}
		else {
			stored = queue.submit(device, new ReadingBatch(packet.mn(), packet.pw(), readings));
		}
		stored.whenComplete((result, failure) -> {
			if (failure == null) {
				answer(ctx, packet);
			}
			else {
				// Not stored, so not acknowledged: the logger re-sends it.
				log.error("HJ 212 packet {} from {} not stored: {}", packet.qn(), packet.mn(), failure.toString());
			}
		});
	}

	/** The first value the readings table cannot hold, as "w01018-Rtd=1E+20", if any. */
	private static Optional<String> unstorable(List<Reading> readings) {
		for (Reading reading : readings) {
			Optional<String> value = reading.unstorableValue();
			if (value.isPresent()) {
				return Optional.of(reading.factorCode() + "-" + value.get());
			}
		}
		return Optional.empty();
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
		ctx.writeAndFlush(Unpooled.copiedBuffer(frame, StandardCharsets.UTF_8));
	}

}
