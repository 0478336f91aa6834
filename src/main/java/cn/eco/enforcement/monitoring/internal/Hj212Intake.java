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
import cn.eco.enforcement.monitoring.hj212.CommandCodes;
import cn.eco.enforcement.monitoring.hj212.Hj212Frame;
import cn.eco.enforcement.monitoring.hj212.Hj212Messages;
import cn.eco.enforcement.monitoring.hj212.Hj212Packet;
import cn.eco.enforcement.monitoring.hj212.Hj212ParseException;
import cn.eco.enforcement.monitoring.hj212.Hj212Parser;
import cn.eco.enforcement.monitoring.hj212.Hj212Rejection;
import cn.eco.enforcement.monitoring.hj212.MnGrammar;
import cn.eco.enforcement.monitoring.hj212.ProtocolVersion;
import cn.eco.enforcement.shared.DataRefused;
import cn.eco.enforcement.shared.DatabaseUnavailable;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * What happens to a framed HJ 212 packet: the packet parsed, an MN outside {@link MnGrammar} refused
 * before it is looked up, the CRC checked (with the device's tolerated vendor variants), PW checked,
 * a CN no version of the standard defines refused ({@link CommandCodes}), data uploads queued for
 * group commit ({@link IngestQueue}) and answered 9014 only after the commit. A packet that passes
 * MN, CRC and PW marks its connection as a logger's ({@link Hj212ConnectionGuard#authenticate}). A bad packet is refused (a 9011
 * answer with its QnRtn when the packet can be identified), counted and logged, and the connection
 * stays open for the next one. What the readings table could not hold (a value that is no number
 * or too large, a flag or factor code longer than its column, an implausible DataTime) is refused
 * before it is queued: it would fail at every re-send. So are a 2021 run state or hours run that is
 * no number, and a DataTime that is no date once the header can be answered. A packet the database still refuses as data
 * is refused too; a database outage leaves the packet unanswered, so the logger sends it again.
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

	private final DataTimeBounds dataTimes;

	private final UnframedRefusals unframed;

	private final PacketDecryption decryption;

	private final LoggerConnections connections;

	private final KeyRotation keyRotation;

	private final LoggerInfos loggerInfos;

	private final Hj212Supplements supplements;

	Hj212Intake(IngestQueue queue, Devices devices, Hj212Rejections rejections, DeviceStatus status, Clock clock,
			DataTimeBounds dataTimes, UnframedRefusals unframed, PacketDecryption decryption,
			LoggerConnections connections, KeyRotation keyRotation, LoggerInfos loggerInfos, Hj212Supplements supplements) {
		this.loggerInfos = loggerInfos;
		this.supplements = supplements;
		this.decryption = decryption;
		this.connections = connections;
		this.keyRotation = keyRotation;
		this.queue = queue;
		this.devices = devices;
		this.rejections = rejections;
		this.status = status;
		this.clock = clock;
		this.dataTimes = dataTimes;
		this.unframed = unframed;
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
		if (period.isEmpty() || Hj212Supplements.claims(packet) || device.isEmpty() || badMnFor2025(packet)
				|| badLengthFor2025(frame, packet)
				|| !frame.crcValid(device.get().crcVariants())
				|| !Devices.passwordMatches(device.get(), packet.pw())) {
			return false;
		}
		PacketDecryption.Opened opened = decryption.open(frame, packet, device.get().keys());
		if (!opened.ready()) {
			return false;
		}
		Hj212ConnectionGuard.authenticate(ctx.channel());
		connections.seen(ctx.channel(), packet);
		PacketReadings.Read read = PacketReadings.read(opened.packet(), period.get(), clock);
		if (implausibleDataTime(opened.packet()).isPresent() || unstorable(read).isPresent()) {
			return false;
		}
		store(ctx, opened.frame(), opened.packet(), device.get(), read.readings());
		return true;
	}

	/** Handles any frame; may wait for the database. */
	void handle(ChannelHandlerContext ctx, Hj212Frame frame) {
		Hj212Packet packet;
		Optional<Refusal> unreadableTime = Optional.empty();
		try {
			packet = Hj212Parser.parse(frame.dataSegment());
		}
		catch (Hj212ParseException ex) {
			Optional<Hj212Packet> header = (ex.reason() == Hj212Rejection.Reason.BAD_DATA_TIME)
					? Hj212Parser.parseHeader(frame.dataSegment()) : Optional.empty();
			if (header.isEmpty()) {
				rejections.record(ctx, null, ex.reason().name(), ex.getMessage());
				return;
			}
			// A DataTime that is no date fails at every re-send: once the device is known, refuse the
			// packet (QnRtn 2) instead of leaving it unanswered, so the logger stops sending it.
			packet = header.get();
			unreadableTime = Optional.of(new Refusal(ex.reason().name(), "数据时间无法识别：" + ex.getMessage()));
		}
		if (!MnGrammar.accepts(packet.mn())) {
			refuseUnnamed(ctx, packet, "BAD_MN", 4, "设备编号 MN 不符合规范（" + MnGrammar.RULE + "）："
					+ StringUtils.truncate(packet.mn(), 80));
			return;
		}
		if (badMnFor2025(packet)) {
			refuse(ctx, packet, "BAD_MN_2025", 4, MnGrammar.RULE_2025 + "：" + packet.mn());
			return;
		}
		if (badLengthFor2025(frame, packet)) {
			refuse(ctx, packet, "BAD_LENGTH_2025", 2, "HJ 212-2025 数据段长度须为 UTF-8 字节数（" + frame.dataSegment().length
					+ "），收到的是字符数");
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
		Hj212ConnectionGuard.authenticate(ctx.channel());
		if (!CommandCodes.known(packet.cn())) {
			refuse(ctx, packet, "UNKNOWN_CN", 8, "未知的命令编码：CN=" + StringUtils.truncate(packet.cn(), 40));
			return;
		}
		connections.seen(ctx.channel(), packet);
		if (CommandCodes.isAnswer(packet.cn())) {
			// An answer to the platform's request: it settles a key rotation, and is itself never answered.
			keyRotation.answered(packet);
			return;
		}
		PacketDecryption.Opened opened = decryption.open(frame, packet, device.get().keys());
		if (opened.unreadableKey()) {
			// The platform's fault, not the logger's: unanswered, so it is sent again once the master key is right.
			rejections.countUnanswered(String.valueOf(ctx.channel().remoteAddress()), packet.mn(), "KEY_UNREADABLE",
					"设备的 SM4 密钥无法用主密钥解开（APP_MONITORING_MASTER_KEY 是否更换？）");
			return;
		}
		if (opened.refusal() != null) {
			refuse(ctx, packet, opened.refusal());
			return;
		}
		handleOpened(ctx, opened.frame(), opened.packet(), device.get(), unreadableTime);
	}

	/** Handles an authenticated packet whose data area is in clear. */
	private void handleOpened(ChannelHandlerContext ctx, Hj212Frame frame, Hj212Packet packet, Devices.Device device,
			Optional<Refusal> unreadableTime) {
		Optional<Refusal> badTime = unreadableTime.isPresent() ? unreadableTime : implausibleDataTime(packet);
		if (badTime.isPresent()) {
			refuse(ctx, packet, badTime.get());
			return;
		}
		if ("2021".equals(packet.cn())) {
			Optional<String> notANumber = DeviceStatus.notANumber(packet);
			if (notANumber.isPresent()) {
				// As for a reading: refuse the packet whole rather than store the state as unknown.
				refuse(ctx, packet, new Refusal("VALUE_NOT_A_NUMBER", "数值无法识别：" + notANumber.get()));
				return;
			}
		}
		if (Hj212Supplements.claims(packet)) {
			handleSupplement(ctx, packet, device);
			return;
		}
		Optional<Period> period = PacketReadings.periodOf(packet.cn());
		if (period.isPresent()) {
			PacketReadings.Read read = PacketReadings.read(packet, period.get(), clock);
			Optional<Refusal> unstorable = unstorable(read);
			if (unstorable.isPresent()) {
				// Such a packet would fail its batch at every re-send, or lose a value without a word:
				// refuse it whole (QnRtn 2, rejected) rather than leave it unanswered for ever or
				// acknowledge what was not stored, and record why.
				refuse(ctx, packet, unstorable.get());
				return;
			}
			store(ctx, frame, packet, device, read.readings());
			return;
		}
		handleCommand(ctx, packet, device);
	}

	/** An HJ 212-2025 packet whose length field counted characters: 2025 counts UTF-8 bytes. */
	private static boolean badLengthFor2025(Hj212Frame frame, Hj212Packet packet) {
		return frame.lengthInCharacters() && packet.version() == ProtocolVersion.HJ212_2025;
	}

	/** An HJ 212-2025 packet whose MN is no 24-hex network code. */
	private static boolean badMnFor2025(Hj212Packet packet) {
		return packet.version() == ProtocolVersion.HJ212_2025 && !MnGrammar.accepts2025(packet.mn());
	}

	/** Counts, logs and where possible answers what the frame decoder refused. */
	void reject(ChannelHandlerContext ctx, Hj212Rejection rejection) {
		unframed.reject(ctx, rejection);
	}

	private void handleCommand(ChannelHandlerContext ctx, Hj212Packet packet, Devices.Device device) {
		Instant at = packet.dataTime() == null ? clock.instant() : packet.dataTimeAt(PacketReadings.CHINA);
		try {
			switch (packet.cn()) {
				case "2021" -> status.storeFacilityStates(packet, at);
				case "2081" -> status.recordEvent(packet.mn(), "RESTART", at, packet.other().get("RestartTime"));
				case "3020" -> loggerInfos.record(device, packet, packet.dataTime() == null ? null : at);
				default -> log.debug("HJ 212 {} from {}: CN {} accepted without data", packet.qn(), packet.mn(), packet.cn());
			}
			answer(ctx, packet);
		}
		catch (RuntimeException ex) {
			if (!refusedAsData(ctx, packet, ex)) {
				log.error("HJ 212 packet {} (CN {}) from {} not stored", packet.qn(), packet.cn(), packet.mn(), ex);
			}
		}
	}

	/**
	 * Production conditions (ST=45), VOCs raw data (CN 2013) and multimedia references: stored by
	 * {@link Hj212Supplements} and answered as {@link #handleCommand} does.
	 */
	private void handleSupplement(ChannelHandlerContext ctx, Hj212Packet packet, Devices.Device device) {
		Instant at = packet.dataTime() == null ? clock.instant() : packet.dataTimeAt(PacketReadings.CHINA);
		try {
			Optional<Refusal> refusal = supplements.record(device, packet, at);
			if (refusal.isPresent()) {
				refuse(ctx, packet, refusal.get());
				return;
			}
			answer(ctx, packet);
		}
		catch (RuntimeException ex) {
			if (!refusedAsData(ctx, packet, ex)) {
				log.error("HJ 212 packet {} (CN {}, ST {}) from {} not stored", packet.qn(), packet.cn(), packet.st(),
						packet.mn(), ex);
			}
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
			else if (!refusedAsData(ctx, packet, failure)) {
				// Not stored, so not acknowledged: the logger re-sends it.
				log.error("HJ 212 packet {} from {} not stored: {}", packet.qn(), packet.mn(), failure.toString());
			}
		});
	}

	/**
	 * Refuses a packet that the database turned down as data (SQLState class 22, or an integrity
	 * violation other than a duplicate key, which a re-send finds stored): it would fail the same way
	 * at every re-send. The checks before storing should leave nothing for this. Anything else, a
	 * database outage above all, stays unanswered so that the logger sends the packet again later.
	 * @return whether the packet was refused
	 */
	private boolean refusedAsData(ChannelHandlerContext ctx, Hj212Packet packet, Throwable failure) {
		if (DatabaseUnavailable.isCauseOf(failure) || !dataError(failure)) {
			return false;
		}
		log.warn("HJ 212 packet {} from {} refused by the database: {}", packet.qn(), packet.mn(), failure.toString());
		try {
			refuse(ctx, packet, new Refusal("NOT_STORABLE", "数据无法存储：" + NestedExceptionUtils.getMostSpecificCause(failure).getMessage()));
		}
		catch (RuntimeException recordFailed) {
			log.error("HJ 212 packet {} from {}: refusal not recorded, left unanswered", packet.qn(), packet.mn(),
					recordFailed);
		}
		return true;
	}

	private static boolean dataError(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof DuplicateKeyException) {
				return false;
			}
			if (t instanceof DataIntegrityViolationException) {
				return true;
			}
		}
		return DataRefused.sqlStateOf(failure).isPresent();
	}

	/** A DataTime outside the {@link DataTimeBounds}: before 2005 or too far ahead. */
	private Optional<Refusal> implausibleDataTime(Hj212Packet packet) {
		if (packet.dataTime() == null || dataTimes.contains(packet.dataTimeAt(PacketReadings.CHINA))) {
			return Optional.empty();
		}
		return Optional.of(new Refusal("DATA_TIME_OUT_OF_RANGE",
				"数据时间不合理（" + dataTimes.rule() + "）：DataTime=" + packet.dataTime()));
	}

	/** Why the readings table cannot take the packet's readings as sent, if it cannot. */
	private static Optional<Refusal> unstorable(PacketReadings.Read read) {
		if (read.notANumber().isPresent()) {
			return Optional.of(new Refusal("VALUE_NOT_A_NUMBER", "数值无法识别：" + read.notANumber().get()));
		}
		for (Reading reading : read.readings()) {
			Optional<String> value = reading.unstorableValue();
			if (value.isPresent()) {
				return Optional.of(new Refusal("VALUE_OUT_OF_RANGE",
						"数值超出范围（绝对值须小于 10^12）：" + reading.factorCode() + "-" + value.get()));
			}
			if (Reading.longerThan(reading.factorCode(), Reading.FACTOR_CODE_LENGTH)) {
				return Optional.of(new Refusal("FACTOR_CODE_TOO_LONG",
						"监测因子编码过长（最多 " + Reading.FACTOR_CODE_LENGTH + " 个字符）：" + reading.factorCode()));
			}
			if (reading.flag() != null && Reading.longerThan(reading.flag(), Reading.FLAG_LENGTH)) {
				return Optional.of(new Refusal("FLAG_TOO_LONG", "数据标记过长（最多 " + Reading.FLAG_LENGTH + " 个字符）："
						+ reading.factorCode() + "-Flag=" + reading.flag()));
			}
		}
		return Optional.empty();
	}

	private void answer(ChannelHandlerContext ctx, Hj212Packet packet) {
		if (packet.answerRequested()) {
			write(ctx, Hj212Messages.dataAnswer(packet, ZonedDateTime.now(clock.withZone(PacketReadings.CHINA))));
		}
	}

	private void refuse(ChannelHandlerContext ctx, Hj212Packet packet, Refusal refusal) {
		// QnRtn 2: rejected. The logger must not send the packet again.
		refuse(ctx, packet, refusal.reason(), 2, refusal.detail());
	}

	private void refuse(ChannelHandlerContext ctx, Hj212Packet packet, String reason, int qnRtn, String detail) {
		rejections.record(ctx, packet.mn(), reason, detail);
		write(ctx, Hj212Messages.requestAnswer(packet, qnRtn));
	}

	/** Refuses a packet whose MN is not one the registry could hold: it is not recorded as the MN. */
	private void refuseUnnamed(ChannelHandlerContext ctx, Hj212Packet packet, String reason, int qnRtn, String detail) {
		rejections.record(ctx, null, reason, detail);
		write(ctx, Hj212Messages.requestAnswer(packet, qnRtn));
	}

	private static void write(ChannelHandlerContext ctx, String frame) {
		ctx.writeAndFlush(Unpooled.copiedBuffer(frame, StandardCharsets.UTF_8));
	}

}
