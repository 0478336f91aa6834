package cn.eco.enforcement.documents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Amounts of money as Chinese documents print them: in capitals (大写, e.g. 壹拾万零伍元整) following the
 * rules for filling in settlement vouchers, and in figures (¥100,005.00).
 */
public final class ChineseAmount {

	private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";

	private static final String[] PLACES = { "", "拾", "佰", "仟" };

	private static final String[] SECTIONS = { "", "万", "亿", "万亿" };

	private static final long LIMIT = 10_000_000_000_000_000L;

	private ChineseAmount() {
	}

	/**
	 * The amount in Chinese capitals: 50000 → 伍万元整, 100005 → 壹拾万零伍元整, 123456.78 →
	 * 壹拾贰万叁仟肆佰伍拾陆元柒角捌分, 0.5 → 伍角.
	 * @throws IllegalArgumentException if the amount is null, negative, has fractions of a fen or
	 * reaches 一亿亿元
	 */
	public static String uppercase(BigDecimal amount) {
		long fen = inFen(amount);
		if (fen == 0) {
			return "零元整";
		}
		long yuan = fen / 100;
		StringBuilder text = new StringBuilder(yuanText(yuan));
		if (yuan > 0) {
			text.append('元');
		}
		int jiao = (int) (fen / 10 % 10);
		int cents = (int) (fen % 10);
		if (jiao == 0 && cents == 0) {
			return text.append('整').toString();
		}
		if (jiao > 0) {
			text.append(DIGITS.charAt(jiao)).append('角');
		}
		else if (yuan > 0) {
			text.append('零');
		}
		if (cents > 0) {
			text.append(DIGITS.charAt(cents)).append('分');
		}
		return text.toString();
	}

	/** The amount in figures with the yuan sign, thousands separators and two decimals: ¥50,000.00. */
	public static String inFigures(BigDecimal amount) {
		inFen(amount);
		DecimalFormat format = new DecimalFormat("¥#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
		return format.format(amount);
	}

	private static long inFen(BigDecimal amount) {
		if (amount == null) {
			throw new IllegalArgumentException("An amount of money is required");
		}
		if (amount.signum() < 0) {
			throw new IllegalArgumentException("An amount of money cannot be negative: " + amount.toPlainString());
		}
		if (amount.stripTrailingZeros().scale() > 2) {
			throw new IllegalArgumentException("An amount of money has at most two decimals: " + amount.toPlainString());
		}
		if (amount.compareTo(BigDecimal.valueOf(LIMIT)) >= 0) {
			throw new IllegalArgumentException("The amount is too large: " + amount.toPlainString());
		}
		return amount.setScale(2, RoundingMode.UNNECESSARY).movePointRight(2).longValueExact();
	}

	/** Whole yuan, section by section (万, 亿); one 零 stands for any run of zeros between digits. */
	private static String yuanText(long yuan) {
		StringBuilder text = new StringBuilder();
		boolean zerosPending = false;
		for (int section = SECTIONS.length - 1; section >= 0; section--) {
			int group = (int) (yuan / pow10000(section) % 10_000);
			if (group == 0) {
				zerosPending = text.length() > 0;
				continue;
			}
			if (text.length() > 0 && (zerosPending || group < 1000)) {
				text.append('零');
			}
			text.append(groupText(group)).append(SECTIONS[section]);
			zerosPending = false;
		}
		return text.toString();
	}

	private static String groupText(int group) {
		StringBuilder text = new StringBuilder();
		boolean zeroPending = false;
		for (int place = 3; place >= 0; place--) {
			int digit = group / (int) Math.pow(10, place) % 10;
			if (digit == 0) {
				zeroPending = text.length() > 0;
				continue;
			}
			if (zeroPending) {
				text.append('零');
			}
			text.append(DIGITS.charAt(digit)).append(PLACES[place]);
			zeroPending = false;
		}
		return text.toString();
	}

	private static long pow10000(int section) {
		long result = 1;
		for (int i = 0; i < section; i++) {
			result *= 10_000;
		}
		return result;
	}

}
