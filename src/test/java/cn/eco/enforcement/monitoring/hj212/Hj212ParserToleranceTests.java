package cn.eco.enforcement.monitoring.hj212;

import static cn.eco.enforcement.monitoring.hj212.Hj212ParserTests.CHINA;
import static cn.eco.enforcement.monitoring.hj212.Hj212Samples.MN_2017;
import static cn.eco.enforcement.monitoring.hj212.Hj212Samples.bytes;
import static cn.eco.enforcement.monitoring.hj212.Hj212Samples.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.time.Instant;

import cn.eco.enforcement.monitoring.hj212.Hj212Rejection.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What real devices send beside the standard (DOMAIN §a.12), and what cannot be used at all.
 */
class Hj212ParserToleranceTests {

	@Test
	void guessesTheVersionFromTheMnWhenQnAndFlagAreMissing() {
		String rest = ";CP=&&DataTime=20240315103000;w01018-Rtd=2.2&&";

		Hj212Packet old = parse("ST=32;CN=2011;PW=123456;MN=88888880000001" + rest);
		Hj212Packet current = parse("ST=32;CN=2011;PW=123456;MN=" + MN_2017 + rest);

		assertThat(old.qn()).isNull();
		assertThat(old.flag()).isNull();
		assertThat(old.answerRequested()).isFalse();
		assertThat(old.version()).isEqualTo(ProtocolVersion.HJ212_2005);
		assertThat(current.version()).isEqualTo(ProtocolVersion.HJ212_2017);
	}

	@Test
	void groupsFieldsByFactorWhateverTheSeparators() {
		Hj212Packet packet = parse("ST=32;CN=2011;PW=123456;MN=" + MN_2017 + ";Flag=4;CP=&&DataTime=20240315103000;"
				+ "w01018-Rtd=2.2;w01018-Flag=N,w01001-Rtd=7.1;w01001-Flag=N,;w21003-Rtd=0.8,;&&");

		assertThat(packet.item("w01018").orElseThrow().values()).containsExactly(entry("Rtd", "2.2"),
				entry("Flag", "N"));
		assertThat(packet.item("w01001").orElseThrow().values()).containsExactly(entry("Rtd", "7.1"),
				entry("Flag", "N"));
		assertThat(packet.item("w21003").orElseThrow().value("Rtd")).contains("0.8");
	}

	@Test
	void trimsSpacesAroundNamesAndValuesAndKeepsEmptyValues() {
		Hj212Packet packet = parse("ST=32; CN = 2011 ;PW=123456;MN=" + MN_2017 + ";CP=&& DataTime = 20240315103000 ;"
				+ " w01018-Rtd = 2.2 ;w01018-Flag= ;w01001-Rtd=;Note = a b &&");

		assertThat(packet.cn()).isEqualTo("2011");
		assertThat(packet.dataTime()).isEqualTo("20240315103000");
		assertThat(packet.item("w01018").orElseThrow().values()).containsExactly(entry("Rtd", "2.2"), entry("Flag", ""));
		assertThat(packet.item("w01001").orElseThrow().value("Rtd")).contains("");
		assertThat(packet.other()).containsExactly(entry("Note", "a b"));
	}

	@Test
	void keepsChineseTextInValues() {
		Hj212Packet packet = parse("QN=20240315103000001;ST=32;CN=3020;PW=123456;MN=" + MN_2017 + ";Flag=4;"
				+ "CP=&&DataTime=20240315103000;PolId=w01018;i12001-Info=0;Remark=进水口堵塞，已清理&&");

		assertThat(packet.other()).containsEntry("PolId", "w01018").containsEntry("Remark", "进水口堵塞，已清理");
		assertThat(packet.item("i12001").orElseThrow().value("Info")).contains("0");
	}

	@Test
	void toleratesThePitfallsOfRealDevices() {
		Hj212Packet packet = parse(" MN=" + MN_2017 + ";cn=2011;ST=101;PW=123456;CP=&&DataTime=20240315103015123;"
				+ "a2106-Rtd=1.5;Flag=N;a21026-Rtd=12.0");

		assertThat(packet.cn()).isEqualTo("2011");
		assertThat(packet.st()).as("non-standard ST is kept").isEqualTo("101");
		assertThat(packet.dataTimeAt(CHINA)).as("DataTime with milliseconds")
			.isEqualTo(Instant.parse("2024-03-15T02:30:15.123Z"));
		assertThat(packet.items()).as("closing && dropped, invalid code kept")
			.extracting(Hj212Item::factorCode)
			.containsExactly("a2106", "a21026");
		assertThat(packet.other()).as("stray Flag without a factor").containsExactly(entry("Flag", "N"));
	}

	@Test
	void takesHeaderFieldsAfterTheDataArea() {
		Hj212Packet packet = parse("ST=32;CN=2011;CP=&&w01018-Rtd=2.2&&;PW=123456;MN=" + MN_2017);

		assertThat(packet.mn()).isEqualTo(MN_2017);
		assertThat(packet.item("w01018")).isPresent();
	}

	@Test
	void resolvesRegisteredVendorAliases() {
		FactorCodes codes = FactorCodes.standard().withAlias("925", "a34004");

		Hj212Packet packet = Hj212Parser.parse(bytes("ST=22;CN=2011;MN=AQ001;CP=&&925-Rtd=35;011-Rtd=20&&"), codes);

		assertThat(packet.items()).extracting(Hj212Item::factorCode).containsExactly("a34004", "w01018");
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			NO_CN             | ST=32;MN=88888880000001;CP=&&w01018-Rtd=2.2&&
			NO_CN             | ST=32;CN= ;MN=88888880000001;CP=&&&&
			NO_MN             | ST=32;CN=2011;CP=&&w01018-Rtd=2.2&&
			NO_CP             | ST=32;CN=2011;MN=88888880000001
			NO_CP             | ST=32;CN=2011;MN=88888880000001;XCP=&&w01018-Rtd=2.2&&
			BAD_FLAG          | ST=32;CN=2011;MN=88888880000001;Flag=A;CP=&&&&
			BAD_FLAG          | ST=32;CN=2011;MN=88888880000001;Flag=256;CP=&&&&
			BAD_FLAG          | ST=32;CN=2011;MN=88888880000001;Flag=-1;CP=&&&&
			BAD_FLAG          | ST=32;CN=2011;MN=88888880000001;Flag=12;CP=&&&&
			BAD_PACKET_NUMBER | ST=32;CN=2011;MN=88888880000001;PNUM=2;PNO=x;CP=&&&&
			BAD_PACKET_NUMBER | ST=32;CN=2011;MN=88888880000001;PNUM=2;PNO=3;CP=&&&&
			BAD_PACKET_NUMBER | ST=32;CN=2011;MN=88888880000001;PNUM=0;CP=&&&&
			BAD_DATA_TIME     | ST=32;CN=2011;MN=88888880000001;CP=&&DataTime=20241301000000&&
			BAD_DATA_TIME     | ST=32;CN=2011;MN=88888880000001;CP=&&DataTime=2024-03-15&&
			MALFORMED         | ST=32;CN=2011;garbage;MN=88888880000001;CP=&&&&
			""")
	void rejectsUnusablePackets(Reason reason, String dataSegment) {
		assertThatThrownBy(() -> parse(dataSegment)).isInstanceOfSatisfying(Hj212ParseException.class,
				(ex) -> assertThat(ex.rejection().reason()).isEqualTo(reason));
	}

}
