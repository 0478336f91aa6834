package cn.eco.enforcement.tools.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The ids of the copies: as long as the template's, one per copy, never a real UUID. */
class OpenWorkCopiesTests {

	@Test
	void aCopysIdKeepsTheLengthOfTheLongestActivityInstanceIdAndCannotBeARealUuid() {
		String activityInstance = "StartEvent_AlarmReceived:81cf5162-f227-11f1-b45c-02fc00000001";
		String copy = OpenWorkCopies.copyId(activityInstance, 299_999);
		assertThat(copy).hasSize(activityInstance.length())
			.startsWith("StartEvent_AlarmReceived:81cf5162-f227-11f1-b45c-02fc0")
			.endsWith("z0493df");
		assertThat(copy.length()).as("fits the engine's varchar(64) id columns").isLessThanOrEqualTo(64);
	}

	@Test
	void everyCopyOfTheSameIdIsDifferent() {
		Set<String> ids = new HashSet<>();
		for (long n = 1; n <= 300_000; n++) {
			ids.add(OpenWorkCopies.copyId("81cf5162-f227-11f1-b45c-02fc00000001", n));
		}
		assertThat(ids).hasSize(300_000).doesNotContain("81cf5162-f227-11f1-b45c-02fc00000001");
	}

}
