package cn.eco.enforcement.identity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A browser-like HTTP/1.0 client whose requests come from a loopback address of the test's choosing
 * (127.0.0.0/8 all reaches this host), so a test's failed logins lock only its own address and never
 * the 127.0.0.1 the other tests share. Keeps cookies, as the webapps' CSRF protection needs.
 */
final class LoopbackClient {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final String source;

	private final int port;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	LoopbackClient(String source, int port) {
		this.source = source;
		this.port = port;
	}

	Response get(String path, String user, String password) {
		return send("GET", path, basic(user, password), null, null);
	}

	/** The Camunda webapps' login, as their login page does it: fetch the page for a CSRF token, post the form. */
	Response webappLogin(String app, String user, String password) {
		send("GET", "/camunda/app/" + app + "/default/", Map.of(), null, null);
		String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8);
		return send("POST", "/camunda/api/admin/auth/user/default/login/" + app,
				Map.of("X-XSRF-TOKEN", cookies.getOrDefault("XSRF-TOKEN", "")), "application/x-www-form-urlencoded", form);
	}

	Response send(String method, String path, Map<String, String> headers, String contentType, String body) {
		byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
		StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.0\r\nHost: 127.0.0.1:" + port + "\r\n");
		headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
		if (!cookies.isEmpty()) {
			head.append("Cookie: ").append(String.join("; ", cookies.entrySet().stream()
				.map(c -> c.getKey() + "=" + c.getValue()).toList())).append("\r\n");
		}
		if (contentType != null) {
			head.append("Content-Type: ").append(contentType).append("\r\n");
		}
		head.append("Content-Length: ").append(content.length).append("\r\n\r\n");
		try (Socket socket = new Socket()) {
			socket.setSoTimeout(30_000);
			socket.bind(new InetSocketAddress(source, 0));
			socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
			OutputStream out = socket.getOutputStream();
			out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.write(content);
			out.flush();
			return remember(parse(socket.getInputStream()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Response remember(Response response) {
		for (String cookie : response.headers().getOrDefault("set-cookie", List.of())) {
			String pair = cookie.split(";", 2)[0];
			int equals = pair.indexOf('=');
			cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
		}
		return response;
	}

	private static Response parse(InputStream in) throws IOException {
		byte[] raw = in.readAllBytes();
		int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
		String[] lines = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			headers.computeIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
				.add(lines[i].substring(colon + 1).strip());
		}
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(raw, end + 4, raw.length - end - 4);
		return new Response(Integer.parseInt(lines[0].split(" ")[1]), headers, body.toString(StandardCharsets.UTF_8));
	}

	private static int indexOf(byte[] data, byte[] part) {
		for (int i = 0; i + part.length <= data.length; i++) {
			if (java.util.Arrays.equals(data, i, i + part.length, part, 0, part.length)) {
				return i;
			}
		}
		throw new IllegalStateException("no end of headers in: " + new String(data, StandardCharsets.ISO_8859_1));
	}

	private static Map<String, String> basic(String user, String password) {
		return Map.of("Authorization",
				"Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
	}

	/** Status, headers (names in lower case) and body. */
	record Response(int status, Map<String, List<String>> headers, String body) {

		String header(String name) {
			List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
			return values == null ? null : values.get(0);
		}

		JsonNode json() {
			try {
				return JSON.readTree(body);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
