package cn.eco.enforcement.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Camunda webapps as a browser uses them: a session cookie, and for every change the CSRF token
 * the webapps hand out in the {@code XSRF-TOKEN} cookie sent back as {@code X-XSRF-TOKEN}.
 */
final class WebappBrowser {

	private final int port;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();

	WebappBrowser(int port) {
		this.port = port;
	}

	/** Opens the app's page (for a CSRF token) and logs in with its form; the answer of the login. */
	Page login(String app, String user, String password) {
		get("/camunda/app/" + app + "/default/");
		String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8);
		return send(request("/camunda/api/admin/auth/user/default/login/" + app)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(form)));
	}

	Page get(String path) {
		return send(request(path).GET());
	}

	Page post(String path, String json) {
		return send(request(path).header("Content-Type", "application/json").POST(BodyPublishers.ofString(json)));
	}

	Page delete(String path) {
		return send(request(path).DELETE());
	}

	private HttpRequest.Builder request(String path) {
		String token = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
			.map(HttpCookie::getValue).reduce((first, latest) -> latest).orElse("");
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("X-XSRF-TOKEN", token);
	}

	private Page send(HttpRequest.Builder request) {
		try {
			var response = client.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Page(response.statusCode(), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Status and body of an answer. */
	record Page(int status, String body) {

		JsonNode json() {
			try {
				return new ObjectMapper().readTree(body);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
