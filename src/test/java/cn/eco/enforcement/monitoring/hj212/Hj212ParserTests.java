package cn.eco.enforcement.monitoring.hj212;

import static cn.eco.enforcement.monitoring.hj212.Hj212Samples.MN_2017;
import static cn.eco.enforcement.monitoring.hj212.Hj212Samples.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class Hj212ParserTests {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static final String MINUTE_DATA = "QN=20240315104000123;ST=31;CN=2051;PW=123456;MN=" + MN_2017 + ";Flag=5;"
			+ "CP=&&DataTime=20240315103000;a34013-Min=3.2,a34013-Avg=4.1,a34013-Max=5.0,a34013-ZsAvg=5.6,"
			+ "a34013-Flag=N;a21026-Min=10.2,a21026-Avg=12.4,a21026-Max=15.1,a21026-ZsAvg=16.9,a21026-Flag=N;"
			+ "a21002-Min=30.0,a21002-Avg=35.5,a21002-Max=41.2,a21002-ZsAvg=48.3,a21002-Flag=T;"
			+ "a19001-Avg=10.4,a19001-Flag=N;a00000-Avg=52.3,a00000-Cou=31380.0,a00000-Flag=N&&";

	@Test
	void parsesTheHeaderOfA2017MinuteDataUpload() {
		Hj212Packet packet = parse(MINUTE_DATA);

		assertThat(packet.qn()).isEqualTo("20240315104000123");
		assertThat(packet.st()).isEqualTo("31");
		assertThat(packet.cn()).isEqualTo("2051");
		assertThat(packet.pw()).isEqualTo("123456");
		assertThat(packet.mn()).isEqualTo(MN_2017);
		assertThat(packet.flag()).isEqualTo(5);
		assertThat(packet.version()).isEqualTo(ProtocolVersion.HJ212_2017);
		assertThat(packet.answerRequested()).isTrue();
		assertThat(packet.split()).isFalse();
	}

	@Test
	void groupsTheValuesOfA2017MinuteDataUploadByFactor() {
		Hj212Packet packet = parse(MINUTE_DATA);

		assertThat(packet.dataTime()).isEqualTo("20240315103000");
		assertThat(packet.dataTimeAt(CHINA)).isEqualTo(Instant.parse("2024-03-15T02:30:00Z"));
		assertThat(packet.items()).extracting(Hj212Item::factorCode)
			.containsExactly("a34013", "a21026", "a21002", "a19001", "a00000");
		assertThat(packet.item("a21026").orElseThrow().values()).containsExactly(entry("Min", "10.2"),
				entry("Avg", "12.4"), entry("Max", "15.1"), entry("ZsAvg", "16.9"), entry("Flag", "N"));
		assertThat(packet.item("a21002").orElseThrow().value("Flag")).contains("T");
		assertThat(packet.item("a00000").orElseThrow().value("Cou")).contains("31380.0");
		assertThat(packet.other()).isEmpty();
	}

	@Test
	void parsesA2005UploadWithCanonicalFactorCodes() {
		Hj212Packet packet = parse("ST=32;CN=2051;PW=123456;MN=88888880000001;Flag=3;CP=&&DataTime=20120304101000;"
				+ "011-Avg=35.2,011-Flag=N;060-Avg=2.31,060-Flag=N;001-Avg=7.05;B01-Cou=120.5,B01-Flag=N&&");

		assertThat(packet.version()).isEqualTo(ProtocolVersion.HJ212_2005);
		assertThat(packet.answerRequested()).isTrue();
		assertThat(packet.split()).as("Flag=3 without part numbers, as 2005 loggers send it").isFalse();
		assertThat(packet.items()).extracting(Hj212Item::factorCode)
			.containsExactly("w01018", "w21003", "w01001", "w00000");
		assertThat(packet.item("w01018").orElseThrow().value("Avg")).contains("35.2");
	}

	@Test
	void parsesA2005FlueGasUploadWithCanonicalFactorCodes() {
		Hj212Packet packet = parse("ST=31;CN=2011;PW=123456;MN=88888880000002;Flag=1;CP=&&DataTime=20120304101500;"
				+ "01-Rtd=12.1;02-Rtd=45.0;03-Rtd=80.2;S01-Rtd=9.8;B02-Rtd=33.1&&");

		assertThat(packet.items()).extracting(Hj212Item::factorCode)
			.containsExactly("a34013", "a21026", "a21002", "a19001", "a00000");
	}

	@Test
	void takesFlag8And9As2025() {
		String rest = ";ST=22;CN=2011;PW=123456;MN=" + MN_2017 + ";CP=&&DataTime=20260105120000;a34004-Rtd=35,"
				+ "a34004-Flag=N;a34002-Rtd=61,a34002-Flag=N&&";

		Hj212Packet withoutAnswer = parse("QN=20260105120000001;Flag=8" + rest);
		Hj212Packet withAnswer = parse("QN=20260105120000002;Flag=9" + rest);

		assertThat(withoutAnswer.version()).isEqualTo(ProtocolVersion.HJ212_2025);
		assertThat(withoutAnswer.answerRequested()).isFalse();
		assertThat(withAnswer.version()).isEqualTo(ProtocolVersion.HJ212_2025);
		assertThat(withAnswer.answerRequested()).isTrue();
		assertThat(withAnswer.item("a34004").orElseThrow().value("Rtd")).contains("35");
	}

	@Test
	void parsesARealTimeUpload() {
		Hj212Packet packet = parse("QN=20240315103015001;ST=32;CN=2011;PW=123456;MN=" + MN_2017 + ";Flag=4;"
				+ "CP=&&DataTime=20240315103015;w01018-Rtd=25.3,w01018-Flag=N;w21003-Rtd=1.02,w21003-Flag=N;"
				+ "w01001-Rtd=7.12,w01001-Flag=N&&");

		assertThat(packet.cn()).isEqualTo("2011");
		assertThat(packet.answerRequested()).isFalse();
		assertThat(packet.item("w21003").orElseThrow().values()).containsExactly(entry("Rtd", "1.02"),
				entry("Flag", "N"));
		assertThat(packet.dataTimeAt(CHINA)).isEqualTo(Instant.parse("2024-03-15T02:30:15Z"));
	}

	@Test
	void parsesFacilityRunState() {
		Hj212Packet packet = parse("QN=20240315103000001;ST=32;CN=2021;PW=123456;MN=" + MN_2017 + ";Flag=4;"
				+ "CP=&&DataTime=20240315103000;SB1-RS=1;SB2-RS=0;SB3-RT=23.5&&");

		assertThat(packet.item("SB1").orElseThrow().value("RS")).contains("1");
		assertThat(packet.item("SB2").orElseThrow().value("RS")).contains("0");
		assertThat(packet.item("SB3").orElseThrow().value("RT")).contains("23.5");
	}

	@Test
	void parsesAPartOfASplitUpload() {
		Hj212Packet packet = parse("QN=20240315110000456;ST=31;CN=2061;PW=123456;MN=" + MN_2017 + ";Flag=7;PNUM=2;"
				+ "PNO=1;CP=&&DataTime=20240315100000;a21026-Avg=12.4,a21026-Flag=N&&");

		assertThat(packet.split()).isTrue();
		assertThat(packet.pnum()).isEqualTo(2);
		assertThat(packet.pno()).isEqualTo(1);
		assertThat(packet.answerRequested()).isTrue();
	}

	@Test
	void takesPartNumbersWithoutFlag() {
		Hj212Packet packet = parse("QN=20191112091100598;ST=31;CN=2051;PW=123456;MN=14513567846884;PNO=0002;"
				+ "PNUM=0002;CP=&&DataTime=20191112090000;a01006-Avg=101.85,a01006-ValidNum=10,a01006-TotalNum=10&&");

		assertThat(packet.flag()).isNull();
		assertThat(packet.split()).isTrue();
		assertThat(packet.pno()).isEqualTo(2);
		assertThat(packet.item("a01006").orElseThrow().values()).containsKeys("ValidNum", "TotalNum");
	}

	@Test
	void keepsCommandFieldsWithoutADashAsOtherFields() {
		Hj212Packet packet = parse("QN=20160801085857223;ST=91;CN=9011;PW=100000;MN=" + MN_2017 + ";Flag=4;"
				+ "CP=&&QnRtn=1&&");

		assertThat(packet.other()).containsExactly(entry("QnRtn", "1"));
		assertThat(packet.items()).isEmpty();
		assertThat(packet.dataTime()).isNull();
		assertThat(packet.dataTimeAt(CHINA)).isNull();
	}

}
