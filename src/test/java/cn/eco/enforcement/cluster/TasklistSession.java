package cn.eco.enforcement.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A browser-like session of the Camunda Tasklist webapp: its cookies (JSESSIONID, XSRF-TOKEN), the
 * webapp login form, then the same engine API calls the Tasklist page makes.
 */
final class TasklistSession {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final CookieManager cookies = new CookieManager();

	private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5)).build();

	/** Opens Tasklist on the node at {@code port} and signs in as {@code user} (password = user id). */
	static TasklistSession signIn(int port, String user) {
		TasklistSession session = new TasklistSession();
		session.send(HttpRequest.newBuilder(uri(port, "/camunda/app/tasklist/")).GET());
		HttpResponse<String> login = session.send(HttpRequest.newBuilder(uri(port, "/camunda/api/admin/auth/user/default/login/tasklist"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-XSRF-TOKEN", session.xsrfToken())
			.POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + user)));
		if (login.statusCode() != 200) {
			throw new IllegalStateException("Tasklist login as " + user + " failed: " + login.statusCode() + " " + login.body());
		}
		return session;
	}

	/** The engine API as the Tasklist page calls it, on the node at {@code port}: status and body. */
	HttpResponse<String> engineGet(int port, String pathAndQuery) {
		return send(HttpRequest.newBuilder(uri(port, "/camunda/api/engine/engine/default" + pathAndQuery))
			.header("Accept", "application/json")
			.GET());
	}

	JsonNode engineJson(int port, String pathAndQuery) {
		HttpResponse<String> response = engineGet(port, pathAndQuery);
		try {
			if (response.statusCode() != 200) {
				throw new IllegalStateException(response.statusCode() + " " + response.body());
			}
			return JSON.readTree(response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String xsrfToken() {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(c -> c.getName().equals("XSRF-TOKEN"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Tasklist set no XSRF-TOKEN cookie"));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return client.send(request.timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static URI uri(int port, String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

}
