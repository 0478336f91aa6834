package cn.eco.enforcement.monitoring.hj212;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Hj212FactorCodesTests {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "011, w01018", "060, w21003", "001, w01001", "101, w21011", "B01, w00000", "01, a34013",
			"02, a21026", "03, a21002", "S01, a19001", "S03, a01012", "B02, a00000", "10, a21001", "030, w20123",
			"30, a05001" })
	void maps2005CodesTo2017Codes(String code2005, String code2017) {
		assertThat(FactorCodes.canonical(code2005)).isEqualTo(code2017);
	}

	@Test
	void passes2017AndUnknownCodesThrough() {
		assertThat(FactorCodes.canonical("w01018")).isEqualTo("w01018");
		assertThat(FactorCodes.canonical("a2106")).isEqualTo("a2106");
		assertThat(FactorCodes.canonical("SB1")).isEqualTo("SB1");
	}

	@Test
	void namesFactorsInChinese() {
		assertThat(FactorCodes.name("w01018")).contains("化学需氧量");
		assertThat(FactorCodes.name("w21003")).contains("氨氮");
		assertThat(FactorCodes.name("a21026")).contains("二氧化硫");
		assertThat(FactorCodes.name("a21002")).contains("氮氧化物");
		assertThat(FactorCodes.name("a34004")).contains("PM2.5");
		assertThat(FactorCodes.name("a34002")).contains("PM10");
		assertThat(FactorCodes.name("a24088")).contains("非甲烷总烃");
		assertThat(FactorCodes.name("a19001")).contains("氧含量");
		assertThat(FactorCodes.name("011")).isEmpty();
	}

	@Test
	void resolvesVendorAliasesOnTopOfTheTable() {
		FactorCodes codes = FactorCodes.standard().withAlias("925", "a34004").withAlias("O3", "a05024")
			.withAlias("COD", "011");

		assertThat(codes.resolve("925")).isEqualTo("a34004");
		assertThat(codes.resolve("O3")).isEqualTo("a05024");
		assertThat(codes.resolve("COD")).isEqualTo("w01018");
		assertThat(codes.resolve("060")).isEqualTo("w21003");
		assertThat(FactorCodes.standard().resolve("925")).isEqualTo("925");
	}

}
