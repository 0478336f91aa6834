package cn.eco.enforcement.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import cn.eco.enforcement.support.Http;

/** A browser signed in to Tasklist: its session cookie and, for writes, the webapp's CSRF token. */
public final class TasklistSession {

	private final int port;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();

	private TasklistSession(int port) {
		this.port = port;
	}

	public static TasklistSession login(int port, String user) {
		TasklistSession session = new TasklistSession(port);
		session.get("/camunda/app/tasklist/default/");
		String form = "username=" + user + "&password=" + user;
		Http.Response login = session.send(session.request("/camunda/api/admin/auth/user/default/login/tasklist", true)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(form)));
		if (login.status() != 200) {
			throw new IllegalStateException("login failed: " + login.status() + " " + login.body());
		}
		// The login starts a new session; its first read hands out that session's CSRF token.
		session.get("/camunda/api/engine/engine/default/task/count");
		return session;
	}

	/** The session cookie's current value. */
	String sessionId() {
		return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
			.map(HttpCookie::getValue).reduce((first, latest) -> latest).orElseThrow();
	}

	public Http.Response get(String path) {
		return send(request(path, true).GET());
	}

	public Http.Response upload(String path, Map<String, byte[]> files, boolean withCsrfToken) {
		Multipart body = Multipart.of(files);
		return send(request(path, withCsrfToken).header("Content-Type", body.contentType())
			.POST(BodyPublishers.ofByteArray(body.bytes())));
	}

	private HttpRequest.Builder request(String path, boolean withCsrfToken) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
		if (withCsrfToken) {
			String token = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
				.map(HttpCookie::getValue).reduce((first, latest) -> latest).orElse("");
			builder.header("X-XSRF-TOKEN", token);
		}
		return builder;
	}

	private Http.Response send(HttpRequest.Builder request) {
		try {
			var response = client.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Http.Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body(), response.headers());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
