package cn.eco.enforcement.casework.process;

import static cn.eco.enforcement.casework.process.CaseVariables.refused;

import java.math.BigDecimal;

/** How the case procedure words amounts, outcomes and service methods on the timeline and in its refusals. */
final class CaseTexts {

	private CaseTexts() {
	}

	/** An amount without trailing zeros ({@code 50000}, {@code 1234.5}), or a dash when there is none. */
	static String plain(Object amount) {
		if (amount == null) {
			return "—";
		}
		return new BigDecimal(amount.toString()).stripTrailingZeros().toPlainString();
	}

	static String outcomeLabel(String outcome) {
		return switch (outcome == null ? "" : outcome) {
			case "PENALTY" -> "给予行政处罚";
			case "NO_PENALTY" -> "不予处罚（首违不罚或轻微并及时改正）";
			case "NOT_ESTABLISHED" -> "违法事实不成立，不予处罚";
			case "TRANSFER" -> "移送公安机关或司法机关";
			default -> "—";
		};
	}

	static String serviceMethodLabel(String method) {
		return switch (method) {
			case "DIRECT" -> "直接送达";
			case "LEFT" -> "留置送达";
			case "ENTRUSTED" -> "委托送达";
			case "POST" -> "邮寄送达";
			case "PUBLIC_NOTICE" -> "公告送达";
			case "ELECTRONIC" -> "电子送达";
			default -> throw refused("未知的送达方式：" + method);
		};
	}

}
