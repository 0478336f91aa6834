package cn.eco.enforcement.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/**
 * Sends one matrix request as one caller: HTTP Basic with the demo password (= user id), nothing for
 * the anonymous caller, and the webapps' login form as a browser fills it in ({@link WebappBrowser}).
 */
final class MatrixRequests {

	static final String ANONYMOUS = "anonymous";

	/** Request bodies by the name the matrix gives them; placeholders are filled per call. */
	private static final Map<String, String[]> BODIES = Map.of(
			"{}", new String[] { "application/json", "{}" },
			"csv", new String[] { "text/csv", "" },
			"new-user", new String[] { "application/json",
					"{\"profile\": {\"id\": \"{newId}\", \"firstName\": \"矩阵\", \"lastName\": \"新用户\"},"
							+ " \"credentials\": {\"password\": \"Matrix-pass-{newId}\"}}" },
			"new-group", new String[] { "application/json", "{\"id\": \"{newId}\", \"name\": \"矩阵测试组\", \"type\": \"WORKFLOW\"}" },
			"new-authorization", new String[] { "application/json", "{\"type\": 1, \"permissions\": [\"ACCESS\"],"
					+ " \"userId\": \"{newId}\", \"resourceType\": 0, \"resourceId\": \"cockpit\"}" },
			"credentials", new String[] { "application/json",
					"{\"password\": \"Matrix-new-pass-1\", \"authenticatedUserPassword\": \"{password}\"}" },
			"deployment", new String[] { "multipart/form-data; boundary=matrix-boundary", deploymentForm() });

	private final int port;

	private final MatrixFixtures fixtures;

	MatrixRequests(int port, MatrixFixtures fixtures) {
		this.port = port;
		this.fixtures = fixtures;
	}

	/** Status and the start of the body. */
	record Answer(int status, String body) {
	}

	Answer send(String caller, String method, String pathTemplate, String body) {
		String password = ANONYMOUS.equals(caller) ? null : caller;
		String path = fixtures.resolve(pathTemplate, password);
		if ("login".equals(body)) {
			return webappLogin(path, password == null ? "" : caller, password == null ? "" : password);
		}
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30));
		if (password != null) {
			request.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((caller + ":" + password).getBytes(StandardCharsets.UTF_8)));
		}
		if (body == null) {
			request.method(method, BodyPublishers.noBody());
		}
		else {
			String[] typed = BODIES.get(body);
			if (typed == null) {
				throw new IllegalArgumentException("no body named " + body);
			}
			request.header("Content-Type", typed[0]).method(method,
					BodyPublishers.ofString(fixtures.resolve(typed[1], password), StandardCharsets.UTF_8));
		}
		return send(HttpClient.newHttpClient(), request.build());
	}

	private Answer webappLogin(String path, String user, String password) {
		WebappBrowser.Page page = new WebappBrowser(port).login(path.substring(path.lastIndexOf('/') + 1), user, password);
		return new Answer(page.status(), excerpt(page.body()));
	}

	private static Answer send(HttpClient client, HttpRequest request) {
		try {
			var response = client.send(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Answer(response.statusCode(), excerpt(response.body()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	private static String excerpt(String body) {
		String flat = body == null ? "" : body.replaceAll("\\s+", " ");
		return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
	}

	private static String deploymentForm() {
		String part = "--matrix-boundary\r\nContent-Disposition: form-data; name=\"%s\"%s\r\n%s\r\n%s\r\n";
		return part.formatted("deployment-name", "", "", "matrix-{newId}")
				+ part.formatted("matrix.bpmn", "; filename=\"matrix.bpmn\"", "Content-Type: application/octet-stream\r\n",
						MatrixFixtures.probeBpmn("MatrixUpload"))
				+ "--matrix-boundary--\r\n";
	}

}
