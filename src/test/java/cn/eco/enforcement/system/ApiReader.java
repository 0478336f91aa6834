package cn.eco.enforcement.system;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** A user reading one resource over and over (each read is an item; a 200 delivers it). */
final class ApiReader implements Sender.Channel<Integer> {

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(2))
		.build();

	private final PackagedApplication app;

	private final String user;

	private final String path;

	private final HttpAnswers answers;

	ApiReader(PackagedApplication app, String user, String path, HttpAnswers answers) {
		this.app = app;
		this.user = user;
		this.path = path;
		this.answers = answers;
	}

	static Supplier<Integer> reads() {
		AtomicInteger next = new AtomicInteger();
		return next::incrementAndGet;
	}

	@Override
	public boolean deliver(Integer read) throws Exception {
		Thread.sleep(200);
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(app.uri(path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", AlarmPlatform.basic(user))
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		return answers.record("GET " + path, response, Set.of(200));
	}

	@Override
	public void close() {
	}

}
