package cn.eco.enforcement.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseAmountTests {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "50000, 伍万元整", "123456.78, 壹拾贰万叁仟肆佰伍拾陆元柒角捌分", "100005, 壹拾万零伍元整",
			"0, 零元整", "10, 壹拾元整", "200.00, 贰佰元整", "1010, 壹仟零壹拾元整", "1001, 壹仟零壹元整",
			"105000000, 壹亿零伍佰万元整", "1000050000, 壹拾亿零伍万元整", "100000000, 壹亿元整",
			"0.5, 伍角", "0.05, 伍分", "1.05, 壹元零伍分", "30000.10, 叁万元壹角", "9999999999999999.99, "
					+ "玖仟玖佰玖拾玖万亿玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分" })
	void writesAmountsInChineseCapitals(BigDecimal amount, String capitals) {
		assertThat(ChineseAmount.uppercase(amount)).isEqualTo(capitals);
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "50000, '¥50,000.00'", "123456.78, '¥123,456.78'", "0.5, '¥0.50'", "999, '¥999.00'" })
	void writesAmountsInFiguresWithSeparatorsAndTwoDecimals(BigDecimal amount, String figures) {
		assertThat(ChineseAmount.inFigures(amount)).isEqualTo(figures);
	}

	@Test
	void refusesAmountsThatCannotBeWrittenAsMoney() {
		assertThatThrownBy(() -> ChineseAmount.uppercase(null)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("required");
		assertThatThrownBy(() -> ChineseAmount.uppercase(new BigDecimal("-1"))).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("negative");
		assertThatThrownBy(() -> ChineseAmount.uppercase(new BigDecimal("1.005")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("two decimals");
		assertThatThrownBy(() -> ChineseAmount.uppercase(new BigDecimal("1E16"))).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("too large");
	}

}
