package cn.eco.enforcement.monitoring.internal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import cn.eco.enforcement.monitoring.KeyRotationRefusedException;
import cn.eco.enforcement.monitoring.KeyRotationView;
import cn.eco.enforcement.monitoring.hj212.Hj212Messages;
import cn.eco.enforcement.monitoring.hj212.Hj212Packet;
import cn.eco.enforcement.shared.InvalidInputException;
import io.netty.buffer.Unpooled;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Rotates an HJ 212-2025 logger's SM4 key (CN 1014): a new key is generated, kept pending and sent
 * to the logger's connection on this node, encrypted with the key in force. The new key comes into
 * force only when the logger confirms the request (9012 with ExeRtn=1, echoing its QN); until then
 * both keys open its packets, and a refusal (9011 QnRtn≠1, 9012 ExeRtn≠1) drops the new key. Keys are
 * never logged or returned.
 */
@Component
class KeyRotation {

	private static final Logger log = LoggerFactory.getLogger(KeyRotation.class);

	private static final DateTimeFormatter QN = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Devices devices;

	private final PendingKeys pendingKeys;

	private final LoggerConnections connections;

	private final Clock clock;

	KeyRotation(Devices devices, PendingKeys pendingKeys, LoggerConnections connections, Clock clock) {
		this.devices = devices;
		this.pendingKeys = pendingKeys;
		this.connections = connections;
		this.clock = clock;
	}

	/** Sends a new key to the logger; it comes into force when the logger confirms. */
	KeyRotationView rotate(String mn) {
		Devices.Device device = devices.find(mn)
			.orElseThrow(() -> new InvalidInputException("mn", "设备未登记：" + mn));
		if (device.keys().cipher() == null) {
			throw new KeyRotationRefusedException("设备未登记可用的 SM4 密钥，无法轮换；请先登记 sm4Key");
		}
		LoggerConnections.Connection connection = connections.of(mn)
			.orElseThrow(() -> new KeyRotationRefusedException("数采仪当前未连接到本节点，无法下发新密钥；请在其连接后重试"));
		byte[] newKey = new byte[16];
		RANDOM.nextBytes(newKey);
		String qn = ZonedDateTime.now(clock.withZone(PacketReadings.CHINA)).format(QN);
		pendingKeys.start(mn, newKey, qn, OffsetDateTime.now(clock));
		String request = Hj212Messages.newKeyRequest(qn, connection.st(), connection.pw(), mn, device.keys().cipher(), newKey);
		connection.channel().writeAndFlush(Unpooled.copiedBuffer(request, StandardCharsets.UTF_8));
		log.info("HJ 212 device {}: new SM4 key sent (CN 1014, QN {}), in force once the logger confirms", mn, qn);
		return new KeyRotationView(mn, qn, "PENDING");
	}

	/**
	 * Takes a logger's answer (9011 or 9012) to a request of the platform. An answer is never
	 * answered, and it registers nothing: it only settles a pending key rotation with its QN.
	 */
	void answered(Hj212Packet answer) {
		String pendingQn = devices.find(answer.mn()).map(d -> d.keys().pendingQn()).orElse(null);
		if (pendingQn == null || !pendingQn.equals(answer.qn())) {
			log.debug("HJ 212 answer {} {} from {} matches no pending request", answer.cn(), answer.qn(), answer.mn());
			return;
		}
		String code = "9011".equals(answer.cn()) ? answer.other().get("QnRtn") : answer.other().get("ExeRtn");
		if ("9011".equals(answer.cn()) && "1".equals(code)) {
			return;
		}
		if ("9012".equals(answer.cn()) && "1".equals(code) && pendingKeys.complete(answer.mn(), pendingQn)) {
			log.info("HJ 212 device {}: new SM4 key in force (confirmed, QN {})", answer.mn(), pendingQn);
		}
		else if (pendingKeys.abandon(answer.mn(), pendingQn)) {
			log.warn("HJ 212 device {}: key rotation {} refused by the logger ({} {}), the old key stays in force",
					answer.mn(), pendingQn, answer.cn(), code);
		}
	}

}
