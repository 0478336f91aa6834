package cn.eco.enforcement.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Properties;
import java.util.Random;

import io.minio.MinioClient;
import io.minio.StatObjectArgs;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both evidence stores keep what they are given under its SHA-256 and give it back byte for byte:
 * the local directory, and the S3 store against a real S3 server (s3proxy, started in-process on a
 * filesystem back end) with a file larger than one multipart part, as a video is.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceFilesTests {

	private static final String ACCESS_KEY = "evidence-test";

	private static final String SECRET_KEY = "evidence-test-secret";

	@TempDir
	Path work;

	private S3Proxy s3;

	private BlobStoreContext blobs;

	@BeforeAll
	void startS3(@TempDir Path s3Data) throws Exception {
		Properties properties = new Properties();
		properties.setProperty("jclouds.filesystem.basedir", s3Data.toString());
		blobs = ContextBuilder.newBuilder("filesystem").credentials("identity", "credential").overrides(properties)
			.build(BlobStoreContext.class);
		s3 = S3Proxy.builder().blobStore(blobs.getBlobStore()).endpoint(URI.create("http://127.0.0.1:0"))
			.awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY).build();
		s3.start();
		while (!AbstractLifeCycle.STARTED.equals(s3.getState())) {
			Thread.sleep(10);
		}
	}

	@AfterAll
	void stopS3() throws Exception {
		s3.stop();
		blobs.close();
	}

	@Test
	void theObjectStoreKeepsAVideoLargerThanOnePartAndGivesItBackByteForByte() throws Exception {
		MinioClient client = MinioClient.builder().endpoint("http://127.0.0.1:" + s3.getPort()).region("us-east-1")
			.credentials(ACCESS_KEY, SECRET_KEY).build();
		ObjectStoreFiles store = new ObjectStoreFiles(client, "evidence");
		Path video = randomFile("video.mp4", 25L * 1024 * 1024);
		String key = sha256(video);

		store.put(key, video, Files.size(video), "video/mp4");
		store.put(key, video, Files.size(video), "video/mp4");

		assertThat(client.statObject(StatObjectArgs.builder().bucket("evidence").object(key).build()).size())
			.isEqualTo(Files.size(video));
		try (InputStream in = store.open(key)) {
			assertThat(sha256(in)).isEqualTo(key);
		}
	}

	@Test
	void theDirectoryKeepsAFileUnderItsHashAndGivesItBack() throws Exception {
		DirectoryFiles store = new DirectoryFiles(work.resolve("evidence"));
		Path photo = randomFile("photo.jpg", 300_000);
		String key = sha256(photo);

		store.put(key, photo, Files.size(photo), "image/jpeg");
		store.put(key, photo, Files.size(photo), "image/jpeg");

		assertThat(work.resolve("evidence").resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key))
			.hasSameBinaryContentAs(photo);
		try (InputStream in = store.open(key)) {
			assertThat(sha256(in)).isEqualTo(key);
		}
	}

	private Path randomFile(String name, long size) throws Exception {
		Path file = work.resolve(name);
		Random random = new Random(size);
		byte[] buffer = new byte[64 * 1024];
		try (OutputStream out = Files.newOutputStream(file)) {
			for (long written = 0; written < size; written += buffer.length) {
				random.nextBytes(buffer);
				out.write(buffer, 0, (int) Math.min(buffer.length, size - written));
			}
		}
		return file;
	}

	private static String sha256(Path file) throws Exception {
		try (InputStream in = Files.newInputStream(file)) {
			return sha256(in);
		}
	}

	private static String sha256(InputStream in) throws Exception {
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		try (DigestInputStream digesting = new DigestInputStream(in, digest)) {
			digesting.transferTo(OutputStream.nullOutputStream());
		}
		return HexFormat.of().formatHex(digest.digest());
	}

}
