package cn.eco.enforcement.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import cn.eco.enforcement.monitoring.MonitoringApi;
import cn.eco.enforcement.monitoring.hj212.Hj212Messages;
import cn.eco.enforcement.support.Http;
import cn.eco.enforcement.support.IntegrationTest;
import cn.eco.enforcement.support.TestDevices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The HJ 212 listener under a flood of connections, over real sockets. Each test starts a listener of
 * its own with small limits on the application's packet handling, so the shared listener and the
 * other tests keep the production defaults. Flood connections come from other loopback addresses
 * (127.0.0.2…), the registered logger from 127.0.0.1.
 */
@IntegrationTest
class Hj212FloodTests {

	private static final Duration LONG = Duration.ofMinutes(5);

	@Autowired
	Hj212PacketHandler handler;

	@Autowired
	Hj212Rejections rejections;

	@Autowired
	MonitoringApi monitoring;

	@LocalServerPort
	int httpPort;

	private final List<Hj212TestClient> sockets = new ArrayList<>();

	private Hj212Server server;

	@AfterEach
	void closeEverything() throws IOException {
		for (Hj212TestClient socket : sockets) {
			socket.close();
		}
		if (server != null) {
			server.stop();
		}
	}

	@Test
	void connectionsOverTheCapOfOneAddressAreClosedAtOnceWhileALoggerAndTheApiAreStillAnswered() throws Exception {
		start(new Hj212Limits(5, 20, LONG, LONG, 600));
		long refusedBefore = count("TOO_MANY_FROM_ADDRESS");

		for (int i = 0; i < 8; i++) {
			connect("127.0.0.2");
		}

		await(() -> count("TOO_MANY_FROM_ADDRESS") == refusedBefore + 3, "three connections over the cap refused");
		assertThat(server.openConnections()).isEqualTo(5);
		assertThat(sendsGoodUploadAndIsAcknowledged(connect("127.0.0.1"), 3)).isTrue();
		assertThat(Http.as(httpPort, "sunli").get("/api/monitoring/devices").status()).isEqualTo(200);
	}

	@Test
	void aConnectionOverTheTotalCapIsClosedAtOnceAndAClosedConnectionMakesRoom() throws Exception {
		start(new Hj212Limits(5, 20, LONG, LONG, 600));
		long refusedBefore = count("TOO_MANY_CONNECTIONS");
		List<Hj212TestClient> flood = new ArrayList<>();
		for (int address = 2; address <= 5; address++) {
			for (int i = 0; i < 5; i++) {
				flood.add(connect("127.0.0." + address));
			}
		}
		await(() -> server.openConnections() == 20, "twenty connections open");

		assertThat(connect("127.0.0.6").closedByPlatformWithin(Duration.ofSeconds(10))).isTrue();
		assertThat(count("TOO_MANY_CONNECTIONS")).isEqualTo(refusedBefore + 1);
		assertThat(Http.as(httpPort, "sunli").get("/api/monitoring/hj212/rejections").status()).isEqualTo(200);

		flood.get(0).close();
		await(() -> server.openConnections() == 19, "a place given back");
		assertThat(sendsGoodUploadAndIsAcknowledged(connect("127.0.0.1"), 4)).isTrue();
	}

	@Test
	void connectionsWithoutAGoodPacketAreClosedAfterTheFirstPacketDeadlineButALoggerStaysConnected()
			throws Exception {
		String mn = TestDevices.wastewaterAt(monitoring, "ENT-0002");
		start(new Hj212Limits(50, 5000, Duration.ofSeconds(3), LONG, 600));
		long closedBefore = count("NO_VALID_PACKET");
		Hj212TestClient logger = connect("127.0.0.1");
		assertThat(acknowledged(logger, mn, 6)).isTrue();
		Hj212TestClient silent = connect("127.0.0.2");
		Hj212TestClient wrongPassword = connect("127.0.0.3");
		wrongPassword.send(Hj212Messages.frame(Hj212TestClient.uploadSegment(mn, "2061", hour(5), "w01018-Avg=20.0", 5)
			.replace("PW=123456", "PW=000000")));
		assertThat(wrongPassword.readFrame()).contains("CN=9011").contains("QnRtn=3");

		assertThat(silent.closedByPlatformWithin(Duration.ofSeconds(10))).isTrue();
		assertThat(wrongPassword.closedByPlatformWithin(Duration.ofSeconds(10))).isTrue();
		assertThat(count("NO_VALID_PACKET")).isEqualTo(closedBefore + 2);
		assertThat(acknowledged(logger, mn, 7)).isTrue();
	}

	@Test
	void aSenderThatTricklesBytesWithoutEverFinishingAFrameIsClosed() throws Exception {
		start(new Hj212Limits(50, 5000, LONG, Duration.ofSeconds(1), 600));
		long closedBefore = count("FRAME_TIMEOUT");
		Hj212TestClient slow = connect("127.0.0.2");
		String mn = TestDevices.wastewaterAt(monitoring, "ENT-0002");
		// A good packet first: the first-packet deadline is not what closes it.
		assertThat(acknowledged(slow, mn, 8)).isTrue();

		slow.send("##1000QN=");
		boolean closed = false;
		long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		while (!closed && System.nanoTime() < deadline) {
			// One byte every 100 ms keeps any idle timeout from firing.
			closed = slow.closedByPlatformWithin(Duration.ofMillis(100)) || !sent(slow, "1");
		}

		assertThat(closed).isTrue();
		assertThat(count("FRAME_TIMEOUT")).isEqualTo(closedBefore + 1);
	}

	private void start(Hj212Limits limits) {
		server = new Hj212Server(handler, rejections, limits, true, 0, 1024, 2);
		server.start();
	}

	private Hj212TestClient connect(String localAddress) throws IOException {
		Hj212TestClient socket = new Hj212TestClient(localAddress, server.port());
		sockets.add(socket);
		return socket;
	}

	private boolean sendsGoodUploadAndIsAcknowledged(Hj212TestClient socket, int hoursAgo) throws IOException {
		return acknowledged(socket, TestDevices.wastewaterAt(monitoring, "ENT-0002"), hoursAgo);
	}

	private static boolean acknowledged(Hj212TestClient socket, String mn, int hoursAgo) throws IOException {
		socket.send(upload(mn, hoursAgo));
		return socket.readFrame().contains("CN=9014");
	}

	private static String upload(String mn, int hoursAgo) {
		return Hj212Messages
			.frame(Hj212TestClient.uploadSegment(mn, "2061", hour(hoursAgo), "w01018-Avg=20.0,w01018-Flag=N", 5));
	}

	private static ZonedDateTime hour(int hoursAgo) {
		return ZonedDateTime.now(ZoneId.of("Asia/Shanghai")).truncatedTo(ChronoUnit.HOURS).minusHours(hoursAgo);
	}

	private static boolean sent(Hj212TestClient socket, String text) {
		try {
			socket.send(text);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private long count(String reason) {
		return rejections.counts().getOrDefault(reason, 0L);
	}

	private static void await(BooleanSupplier condition, String what) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited 10 s for: " + what).isLessThan(deadline);
			Thread.sleep(20);
		}
	}

}
