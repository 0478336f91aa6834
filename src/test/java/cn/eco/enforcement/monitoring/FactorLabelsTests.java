package cn.eco.enforcement.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FactorLabelsTests {

	@Test
	void aFactorReadsAsNameAbbreviationAndTheUnitItWasMeasuredIn() {
		assertThat(Factors.label("w01018", "mg/L")).isEqualTo("化学需氧量 COD mg/L");
		assertThat(Factors.label("a21026", "mg/m³")).isEqualTo("二氧化硫 SO2 mg/m³");
		// the unit the device or the permit gives wins over the code table's default
		assertThat(Factors.label("a34004", "µg/m³")).isEqualTo("PM2.5 µg/m³");
	}

	@Test
	void withoutAGivenUnitTheCodeTablesDefaultUnitIsShownAndNoneForDimensionlessFactors() {
		assertThat(Factors.label("w21003", null)).isEqualTo("氨氮 NH3-N mg/L");
		assertThat(Factors.label("w01001", " ")).isEqualTo("pH值");
		assertThat(Factors.label("011", null)).as("a 2005 code").isEqualTo("化学需氧量 COD mg/L");
	}

	@Test
	void factorsWithoutAnAbbreviationAreCalledByNameAndUnknownCodesStayAsSent() {
		assertThat(Factors.label("a34013", "mg/m³")).isEqualTo("烟尘 mg/m³");
		assertThat(Factors.label("x99999", "mg/L")).isEqualTo("x99999 mg/L");
		assertThat(Factors.label(null, "mg/L")).isEqualTo("—");
	}

	@Test
	void chineseTextAfterALabelIsSpacedOnlyAfterLatinLetters() {
		assertThat(Factors.labelBefore("w01018", "超标 2 倍")).isEqualTo("化学需氧量 COD 超标 2 倍");
		assertThat(Factors.labelBefore("a34013", "超标 2 倍")).isEqualTo("烟尘超标 2 倍");
		assertThat(Factors.labelBefore("a34004", "恒值")).isEqualTo("PM2.5 恒值");
	}

}
