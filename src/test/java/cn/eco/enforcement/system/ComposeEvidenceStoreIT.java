package cn.eco.enforcement.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import cn.eco.enforcement.support.PostgresTestDatabase;
import cn.eco.enforcement.support.TestPhotos;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;
import org.jclouds.blobstore.domain.Blob;
import org.jclouds.blobstore.domain.StorageMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code docker compose up} stores evidence in MinIO: the packaged application, started with the
 * evidence settings exactly as {@code docker-compose.yml} gives them to its nodes (read from that
 * file; only MinIO's address and its credentials' values are this test's), keeps an uploaded photo
 * as an object in an S3 server and nothing in a local directory, and serves it back byte for byte.
 * The S3 server is s3proxy (the S3 protocol in-process), as no container runtime is at hand here.
 */
class ComposeEvidenceStoreIT {

	private static final String ACCESS_KEY = "compose-minio-user";

	private static final String SECRET_KEY = "compose-minio-password";

	private static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)(?::[-?][^}]*)?}");

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final ObjectMapper JSON = new ObjectMapper();

	@TempDir
	Path s3Data;

	@TempDir
	Path localDirectory;

	@Test
	void evidenceUploadedToANodeConfiguredAsInComposeIsAnObjectInTheBucketAndComesBackIdentical() throws Exception {
		Properties properties = new Properties();
		properties.setProperty("jclouds.filesystem.basedir", s3Data.toString());
		try (BlobStoreContext blobs = ContextBuilder.newBuilder("filesystem").credentials("identity", "credential")
			.overrides(properties)
			.build(BlobStoreContext.class)) {
			S3Proxy s3 = S3Proxy.builder().blobStore(blobs.getBlobStore()).endpoint(URI.create("http://127.0.0.1:0"))
				.awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY).build();
			s3.start();
			try {
				while (!AbstractLifeCycle.STARTED.equals(s3.getState())) {
					Thread.sleep(10);
				}
				Map<String, String> compose = composeEvidenceSettings("http://127.0.0.1:" + s3.getPort());
				assertThat(compose).containsEntry("APP_EVIDENCE_STORE", "s3").containsKey("APP_EVIDENCE_S3_BUCKET");
				uploadAndRead(compose, blobs.getBlobStore());
			}
			finally {
				s3.stop();
			}
		}
	}

	private void uploadAndRead(Map<String, String> compose, BlobStore store) throws Exception {
		String url = PostgresTestDatabase.freshUrl();
		try (PackagedApplication app = PackagedApplication.on("compose-evidence", url, PostgresTestDatabase.user(),
				PostgresTestDatabase.password(), "--app.evidence.directory=" + localDirectory)
			.withEnvironment(compose)) {
			app.start(Duration.ofMinutes(4));
			long alarmId = raiseAlarm(app);
			byte[] photo = TestPhotos.jpeg(11);

			HttpResponse<String> upload = uploadPhoto(app, alarmId, photo);

			assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
			JsonNode item = JSON.readTree(upload.body()).get(0);
			String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(photo));
			assertThat(item.path("sha256").asText()).isEqualTo(sha256);
			String bucket = compose.get("APP_EVIDENCE_S3_BUCKET");
			List<String> objects = store.list(bucket).stream().map(StorageMetadata::getName).toList();
			assertThat(objects).as("objects in bucket " + bucket).anyMatch(name -> name.contains(sha256));
			Blob blob = store.getBlob(bucket, objects.stream().filter(name -> name.contains(sha256)).findFirst().orElseThrow());
			try (InputStream stored = blob.getPayload().openStream()) {
				assertThat(stored.readAllBytes()).isEqualTo(photo);
			}
			try (Stream<Path> local = Files.walk(localDirectory)) {
				assertThat(local.filter(Files::isRegularFile).toList()).as("nothing in the local directory").isEmpty();
			}
			HttpResponse<byte[]> back = HTTP.send(request(app, "/api/alarms/" + alarmId + "/evidence/" + item.path("id").asLong(),
					"wangqiang").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
			assertThat(back.statusCode()).isEqualTo(200);
			assertThat(back.body()).isEqualTo(photo);
		}
	}

	/**
	 * The {@code APP_EVIDENCE_*} settings of the application nodes in docker-compose.yml, with MinIO's
	 * address replaced by the given one and the credentials' variables by this test's values.
	 */
	private static Map<String, String> composeEvidenceSettings(String endpoint) throws IOException {
		Map<String, String> settings = new LinkedHashMap<>();
		Pattern entry = Pattern.compile("^\\s+(APP_EVIDENCE_\\w+):\\s*(.+?)\\s*$");
		for (String line : Files.readAllLines(Path.of("docker-compose.yml"), StandardCharsets.UTF_8)) {
			Matcher matcher = entry.matcher(line);
			if (matcher.matches()) {
				settings.put(matcher.group(1), resolve(matcher.group(2)));
			}
		}
		settings.computeIfPresent("APP_EVIDENCE_S3_ENDPOINT", (key, value) -> {
			assertThat(value).as("compose's MinIO address").isEqualTo("http://minio:9000");
			return endpoint;
		});
		return settings;
	}

	private static String resolve(String value) {
		Matcher variable = VARIABLE.matcher(value);
		StringBuilder resolved = new StringBuilder();
		while (variable.find()) {
			String replacement = switch (variable.group(1)) {
				case "MINIO_ROOT_USER" -> ACCESS_KEY;
				case "MINIO_ROOT_PASSWORD" -> SECRET_KEY;
				default -> throw new IllegalStateException("docker-compose.yml's evidence settings use " + variable.group());
			};
			variable.appendReplacement(resolved, Matcher.quoteReplacement(replacement));
		}
		variable.appendTail(resolved);
		return resolved.toString();
	}

	private static long raiseAlarm(PackagedApplication app) throws Exception {
		String observedAt = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(10).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
		String body = """
				{"externalId": "COMPOSE-%s", "sourceType": "ONLINE_MONITOR", "enterpriseCode": "ENT-0001",
				 "pollutant": "w01018", "value": 68.5, "limit": 50, "unit": "mg/L", "observedAt": "%s"}"""
			.formatted(UUID.randomUUID(), observedAt);
		HttpResponse<String> raised = HTTP.send(request(app, "/api/alarms", "monitor")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(raised.statusCode()).as(raised.body()).isEqualTo(201);
		return JSON.readTree(raised.body()).path("id").asLong();
	}

	/** The sign-for's inspector adds a photo, as the on-site form does (multipart, part {@code file}). */
	private static HttpResponse<String> uploadPhoto(PackagedApplication app, long alarmId, byte[] photo) throws Exception {
		String boundary = "----compose-" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"现场照片.jpg\"\r\n"
				+ "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.write(photo);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return HTTP.send(request(app, "/api/alarms/" + alarmId + "/evidence", "wangqiang")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpRequest.Builder request(PackagedApplication app, String path, String user) {
		return HttpRequest.newBuilder(app.uri(path))
			.timeout(Duration.ofMinutes(1))
			.header("Accept", "application/json")
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
	}

}
