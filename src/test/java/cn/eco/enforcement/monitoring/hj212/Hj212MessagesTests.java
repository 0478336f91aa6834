package cn.eco.enforcement.monitoring.hj212;

import static cn.eco.enforcement.monitoring.hj212.Hj212Samples.WORKED_EXAMPLE;
import static cn.eco.enforcement.monitoring.hj212.Hj212Samples.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;

import cn.eco.enforcement.monitoring.hj212.Hj212Rejection.Reason;
import org.junit.jupiter.api.Test;

class Hj212MessagesTests {

	private static final ZonedDateTime NOW = ZonedDateTime.of(2024, 3, 15, 10, 30, 0, 123_000_000,
			ZoneId.of("Asia/Shanghai"));

	private final Hj212Packet upload = Hj212Parser.parse(bytes(WORKED_EXAMPLE));

	@Test
	void answersTheWorkedExampleUploadWithA9014EchoingQnAndMn() {
		String answer = Hj212Messages.dataAnswer(upload, NOW);

		assertThat(answer).isEqualTo("##0087QN=20160801085857223;ST=91;CN=9014;PW=100000;"
				+ "MN=010000A8900016F000169DC0;Flag=4;CP=&&&&71C0\r\n");
		String data = answer.substring(6, answer.length() - 6);
		assertThat(answer.substring(2, 6)).isEqualTo(String.format("%04d", bytes(data).length));
		assertThat(Hj212Crc.matches(bytes(data), answer.substring(answer.length() - 6, answer.length() - 2),
				EnumSet.of(CrcVariant.STANDARD)))
			.isPresent();
	}

	@Test
	void makesAQnFromTheClockWhenTheUploadHadNone() {
		Hj212Packet withoutQn = Hj212Parser.parse(bytes("ST=32;CN=2011;PW=123456;MN=" + upload.mn() + ";Flag=5;"
				+ "CP=&&DataTime=20240315103000;w01018-Rtd=2.2&&"));

		Hj212Packet answer = decodeAndParse(Hj212Messages.dataAnswer(withoutQn, NOW));

		assertThat(answer.qn()).isEqualTo("20240315103000123");
		assertThat(answer.cn()).isEqualTo("9014");
	}

	@Test
	void answersInTheUploadsProtocolVersion() {
		Hj212Packet old = Hj212Parser.parse(bytes("ST=32;CN=2011;MN=88888880000001;Flag=1;CP=&&011-Rtd=20&&"));
		Hj212Packet next = Hj212Parser.parse(bytes("ST=22;CN=2011;MN=AQ001;Flag=9;CP=&&a34004-Rtd=35&&"));

		assertThat(Hj212Messages.dataAnswer(old, NOW)).contains(";Flag=0;").doesNotContain("PW=");
		assertThat(Hj212Messages.dataAnswer(next, NOW)).contains(";Flag=8;");
	}

	@Test
	void rejectsWithA9011CarryingTheRejectionsQnRtn() {
		String answer = Hj212Messages.requestAnswer(upload, Reason.BAD_CRC.qnRtn());

		assertThat(answer).isEqualTo("##0094QN=20160801085857223;ST=91;CN=9011;PW=100000;"
				+ "MN=010000A8900016F000169DC0;Flag=4;CP=&&QnRtn=9&&1C80\r\n");
		assertThat(decodeAndParse(answer).other()).containsEntry("QnRtn", "9");
	}

	@Test
	void refusesAnUnknownQnRtn() {
		assertThatIllegalArgumentException().isThrownBy(() -> Hj212Messages.requestAnswer(upload, 10));
	}

	@Test
	void framedPacketsRoundTripThroughDecoderAndParser() {
		String data = "QN=20240315103000001;ST=32;CN=3020;PW=123456;MN=88888880000001;Flag=5;"
				+ "CP=&&DataTime=20240315103000;PolId=w01018;i12001-Info=1;Remark=维护中&&";

		Hj212Packet packet = decodeAndParse(Hj212Messages.frame(data));

		assertThat(packet.qn()).isEqualTo("20240315103000001");
		assertThat(packet.mn()).isEqualTo("88888880000001");
		assertThat(packet.other()).containsEntry("Remark", "维护中");
		assertThat(packet.item("i12001").orElseThrow().value("Info")).contains("1");
	}

	private static Hj212Packet decodeAndParse(String wire) {
		DecoderHarness harness = new DecoderHarness();
		List<Object> out = harness.receive(wire);
		assertThat(harness.close()).isEmpty();
		assertThat(out).singleElement().isInstanceOf(Hj212Frame.class);
		Hj212Frame frame = (Hj212Frame) out.get(0);
		assertThat(frame.crcValid(EnumSet.of(CrcVariant.STANDARD))).isTrue();
		return Hj212Parser.parse(frame.dataSegment());
	}

}
