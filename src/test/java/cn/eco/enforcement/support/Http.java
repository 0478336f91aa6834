package cn.eco.enforcement.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A small HTTP client for calling the running application as a given user (HTTP Basic). */
public final class Http {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String base;

	private final String user;

	private Http(String base, String user) {
		this.base = base;
		this.user = user;
	}

	public static Http as(int port, String user) {
		return new Http("http://127.0.0.1:" + port, user);
	}

	public static Http anonymous(int port) {
		return new Http("http://127.0.0.1:" + port, null);
	}

	public Response get(String path) {
		return send(request(path).GET());
	}

	public Response post(String path, String json) {
		return send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
	}

	/** A GET whose body is kept as bytes, with all headers (downloads). */
	public HttpResponse<byte[]> download(String path) {
		try {
			return CLIENT.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public Response delete(String path) {
		return send(request(path).DELETE());
	}

	public Response send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = CLIENT.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body(), response.headers());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
		if (user != null) {
			String password = user; // demo accounts: password = user id
			builder.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
		}
		return builder;
	}

	/** Status, content type, body and headers of a response. */
	public record Response(int status, String contentType, String body, java.net.http.HttpHeaders headers) {

		/** The named header's first value, or an empty string. */
		public String header(String name) {
			return headers.firstValue(name).orElse("");
		}

		public JsonNode json() {
			try {
				return JSON.readTree(body);
			}
			catch (java.io.IOException ex) {
				throw new IllegalStateException("Not JSON: " + body, ex);
			}
		}

	}

}
