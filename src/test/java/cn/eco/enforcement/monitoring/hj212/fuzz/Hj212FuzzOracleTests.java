package cn.eco.enforcement.monitoring.hj212.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import cn.eco.enforcement.monitoring.hj212.Hj212Crc;
import cn.eco.enforcement.monitoring.hj212.Hj212Frame;
import org.junit.jupiter.api.Test;

/**
 * The fuzz oracle can fail: its reference CRC reproduces the standard's check values and differs
 * from MODBUS, and its checks flag a frame that is not on the wire, a bad CRC, a changed field and
 * an unusable answer. Also the CRC property the mutations lean on: one changed data byte is always
 * detected (DOMAIN.md §a.8).
 */
class Hj212FuzzOracleTests {

	/** The standard's worked example (DOMAIN.md §a.8). */
	private static final String WORKED_EXAMPLE = "QN=20160801085857223;ST=32;CN=1062;PW=100000;"
			+ "MN=010000A8900016F000169DC0;Flag=5;CP=&&RtdInterval=30&&";

	private static final String SECOND_CHECK = "QN=20170516010101001;ST=22;CN=2011;PW=123456;MN=ABCDEFG1234567;"
			+ "Flag=3;CP=&&&&";

	@Test
	void theReferenceCrcReproducesTheStandardsCheckValuesAndIsNotModbus() {
		assertThat(ReferenceCrc.hex(ReferenceCrc.standard(bytes(WORKED_EXAMPLE)))).isEqualTo("1C80");
		assertThat(ReferenceCrc.hex(ReferenceCrc.modbus(bytes(WORKED_EXAMPLE)))).isEqualTo("0759");
		assertThat(ReferenceCrc.hex(ReferenceCrc.standard(bytes(SECOND_CHECK)))).isEqualTo("0140");
		assertThat(ReferenceCrc.matches(bytes(SECOND_CHECK), "0140")).isTrue();
		assertThat(ReferenceCrc.matches(bytes(SECOND_CHECK), "0141")).isFalse();
	}

	@Test
	void everySingleChangedDataByteIsCaughtByTheCrc() {
		Random random = new Random(9);
		PacketGenerator packets = new PacketGenerator(random);
		for (int i = 0; i < 3_000; i++) {
			byte[] data = packets.next(1024).bytes();
			byte[] changed = ByteEdits.changeOne(random, data);
			Hj212Frame frame = new Hj212Frame(changed, Hj212Crc.hex(Hj212Crc.of(data)));

			assertThat(ReferenceCrc.standard(changed)).isNotEqualTo(ReferenceCrc.standard(data));
			assertThat(Receiver.judge(frame, i, new ArrayList<>()).accepted()).isFalse();
		}
	}

	@Test
	void aFrameThatIsNotOnTheWireIsCaught() {
		FrameParts parts = FrameParts.sealed(bytes(SECOND_CHECK));
		WireLocator locator = new WireLocator(("xx" + new String(parts.bytes(), StandardCharsets.UTF_8))
			.getBytes(StandardCharsets.UTF_8));

		assertThat(locator.locate(new Hj212Frame(bytes(WORKED_EXAMPLE), "1C80"))).isEqualTo(-1);
		assertThat(locator.locate(new Hj212Frame(bytes(SECOND_CHECK), "0140"))).isEqualTo(2);
	}

	@Test
	void theReceiverTurnsDownABadCrcAndTakesALowerCaseGoodOne() {
		List<Violation> violations = new ArrayList<>();

		assertThat(Receiver.judge(new Hj212Frame(bytes(WORKED_EXAMPLE), "1C81"), 1, violations).outcome())
			.isEqualTo("crc:BAD_CRC");
		assertThat(Receiver.judge(new Hj212Frame(bytes(WORKED_EXAMPLE), "1c80"), 1, violations).accepted()).isTrue();
		assertThat(Receiver.judge(new Hj212Frame(bytes("ST=32;CN=2011"), "0000"), 1, violations).outcome())
			.isEqualTo("parser:NO_CP");
		assertThat(violations).isEmpty();
	}

	@Test
	void theModelCheckNamesAFieldThatParsedDifferently() {
		PacketSpec spec = new PacketGenerator(new Random(4)).next(1024);
		byte[] tampered = spec.dataSegment().replace("MN=" + spec.mn(), "MN=X" + spec.mn()).getBytes(StandardCharsets.UTF_8);
		Receiver.Verdict verdict = Receiver.judge(FrameParts.sealed(tampered).toFrame(), 1, new ArrayList<>());

		assertThat(ModelCheck.differences(spec, verdict.packet())).singleElement().asString().startsWith("MN:");
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
