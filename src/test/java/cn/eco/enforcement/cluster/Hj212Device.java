package cn.eco.enforcement.cluster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import cn.eco.enforcement.monitoring.hj212.Hj212Messages;
import cn.eco.enforcement.support.AppNode;
import cn.eco.enforcement.support.Http;

/** A data logger for a node under test: registers over HTTP, uploads over a real HJ 212 socket. */
final class Hj212Device {

	private static final DateTimeFormatter DATA_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

	private static final DateTimeFormatter QN = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");

	private Hj212Device() {
	}

	/** Registers a wastewater logger of ENT-0001 with a COD limit of 50 mg/L; returns its MN. */
	static String register(AppNode node, String mn) {
		Http.Response registered = node.as("sunli").post("/api/monitoring/devices", """
				{"mn": "%s", "password": "123456", "kind": "WASTEWATER", "enterpriseCode": "ENT-0001", "outlet": "DW001",
				 "limits": [{"factorCode": "w01018", "limit": 50, "unit": "mg/L"}]}""".formatted(mn));
		if (registered.status() / 100 != 2) {
			throw new IllegalStateException("device registration: " + registered.status() + " " + registered.body());
		}
		return mn;
	}

	/** Sends one hourly upload (CN 2061, answer requested) to the node's HJ 212 port; returns the answer frame. */
	static String sendHour(AppNode node, String mn, ZonedDateTime hour, String items) throws IOException {
		String frame = Hj212Messages.frame("QN=" + hour.format(QN) + ";ST=32;CN=2061;PW=123456;MN=" + mn + ";Flag=5;CP=&&DataTime="
				+ hour.format(DATA_TIME) + ";" + items + "&&");
		try (Socket socket = new Socket("127.0.0.1", node.hj212Port())) {
			socket.setSoTimeout(30_000);
			socket.getOutputStream().write(frame.getBytes(StandardCharsets.US_ASCII));
			socket.getOutputStream().flush();
			return readFrame(socket.getInputStream());
		}
	}

	private static String readFrame(InputStream in) throws IOException {
		ByteArrayOutputStream frame = new ByteArrayOutputStream();
		int previous = -1;
		for (int b = in.read(); b != -1; b = in.read()) {
			frame.write(b);
			if (previous == '\r' && b == '\n') {
				break;
			}
			previous = b;
		}
		return frame.toString(StandardCharsets.UTF_8);
	}

}
