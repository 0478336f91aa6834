package cn.eco.enforcement.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.Base64;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

/** Devices' SM4 keys sealed for the database under the master key (AES-256-GCM, the MN bound in). */
class MasterKeyTests {

	private static final byte[] DEVICE_KEY = HexFormat.of().parseHex("0123456789abcdeffedcba9876543210");

	private static final String MASTER = Base64.getEncoder().encodeToString(new byte[32]);

	private static final String OTHER_MASTER = Base64.getEncoder().encodeToString("x".repeat(32).getBytes());

	@Test
	void aSealedKeyOpensForItsDeviceAndShowsNothingOfTheKey() {
		MasterKey master = new MasterKey(MASTER, false);

		String sealed = master.seal("010000A8900016F000169DC0", DEVICE_KEY);

		assertThat(sealed).startsWith("v1:").doesNotContainIgnoringCase("0123456789abcdef");
		assertThat(master.seal("010000A8900016F000169DC0", DEVICE_KEY)).as("a fresh IV each time").isNotEqualTo(sealed);
		assertThat(master.open("010000A8900016F000169DC0", sealed)).isEqualTo(DEVICE_KEY);
	}

	@Test
	void aSealedKeyDoesNotOpenForAnotherDeviceOrUnderAnotherMasterKey() {
		String sealed = new MasterKey(MASTER, false).seal("010000A8900016F000169DC0", DEVICE_KEY);

		assertThatIllegalStateException().isThrownBy(() -> new MasterKey(MASTER, false).open("010000A8900016F000169DC1", sealed));
		assertThatIllegalStateException().isThrownBy(() -> new MasterKey(OTHER_MASTER, false).open("010000A8900016F000169DC0", sealed));
	}

	@Test
	void withoutAMasterKeyDemoModeMakesOneAndOtherwiseNoKeyCanBeSealed() {
		assertThat(new MasterKey("", true).available()).isTrue();
		MasterKey none = new MasterKey("", false);

		assertThat(none.available()).isFalse();
		assertThatIllegalStateException().isThrownBy(() -> none.seal("010000A8900016F000169DC0", DEVICE_KEY));
	}

	@Test
	void aMasterKeyThatIsNotBase64Of32BytesStopsTheStartWithoutShowingIt() {
		assertThatIllegalStateException().isThrownBy(() -> new MasterKey("not base64!", false))
			.withMessageNotContaining("not base64!");
		assertThatIllegalStateException().isThrownBy(() -> new MasterKey(Base64.getEncoder().encodeToString(new byte[16]), false))
			.withMessageContaining("32 bytes");
	}

}
