package cn.eco.enforcement.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import cn.eco.enforcement.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * README's "One loop through the APIs" is {@code docs/walkthrough.sh}; this runs it, as a reader
 * would, against the started application, so the walkthrough cannot rot: a step that no longer
 * answers as documented fails the build.
 */
@IntegrationTest
class WalkthroughTests {

	@LocalServerPort
	int port;

	@Test
	void theReadmeWalkthroughAnswersAsDocumented() throws Exception {
		Path output = Files.createTempFile("walkthrough", ".log");
		Process walkthrough = new ProcessBuilder("bash", "docs/walkthrough.sh", "http://127.0.0.1:" + port)
			.redirectErrorStream(true)
			.redirectOutput(output.toFile())
			.start();

		boolean finished = walkthrough.waitFor(5, TimeUnit.MINUTES);
		String log = read(output);

		assertThat(finished).as(log).isTrue();
		assertThat(walkthrough.exitValue()).as(log).isZero();
		assertThat(log).contains("wangqiang completes: 204", "chenjun completes: 204", "alarm status: CASE_FILING",
				"case filing waits for: 立案审批", "walkthrough: all steps answered as documented");
	}

	private static String read(Path output) throws IOException {
		return Files.readString(output, StandardCharsets.UTF_8);
	}

}
