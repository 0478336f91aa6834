package cn.eco.enforcement.casework.internal;

import java.math.BigDecimal;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Time limits and thresholds of the administrative penalty procedure (DOMAIN §b). Those marked
 * unconfirmed there are configuration, not code.
 *
 * @param numberPattern case numbers (立案), with {@code {year}} and {@code {number}} (counted per year over
 *        approved filings only)
 * @param correctionOrderPattern numbers of correction orders (责令改正违法行为决定书), with
 *        {@code {year}} and {@code {number}}, counted per year apart from the case numbers
 * @param authorityName the deciding agency as printed on documents
 * @param decisionPeriod from filing to the penalty decision (行政处罚法 Art. 60: 90 days)
 * @param decisionWarning how long before the decision deadline supervisors are asked to extend it
 * @param decisionClockCycle how often the decision clock is checked (ISO 8601 repeating interval)
 * @param maxExtensionDays the longest extension one approval may grant
 * @param responsePeriod statement, defence and hearing-request period after the prior notice
 * @param hearingNoticeDays the hearing notice reaches the party at least this many days before
 * @param servicePeriod serving the decision when the party was absent (Art. 61: 7 days)
 * @param paymentPeriod paying the fine after service (Art. 67: 15 days)
 * @param reInspectionPeriod covert re-inspection after a correction order (Order No. 28: 30 days)
 * @param limitationPeriod violations discovered later than this are no longer punished (Art. 36)
 * @param simplifiedMaxFine the largest fine of the simplified procedure for organisations (Art. 51)
 * @param hearingThreshold fines from this amount give the party the right to a hearing (provincial rule)
 * @param collectiveDiscussionThreshold fines from this amount are decided by collective discussion
 * @param lateSurchargeRate surcharge per day of late payment, capped at the fine (Art. 72)
 * @param paymentAccount where fines are paid, printed on the decision
 * @param leadNumberPattern case-lead numbers (案源编号) a case carries from the hand-over to filing approval,
 *        with {@code {year}} and {@code {number}}, counted per year apart from the case numbers
 */
@ConfigurationProperties("app.cases")
public record CaseProcedureSettings(@DefaultValue("襄环罚〔{year}〕{number}号") String numberPattern,
		@DefaultValue("襄阳市生态环境局") String authorityName, @DefaultValue("P90D") Period decisionPeriod,
		@DefaultValue("P10D") Period decisionWarning, @DefaultValue("R/P1D") String decisionClockCycle,
		@DefaultValue("30") int maxExtensionDays, @DefaultValue("P5D") Period responsePeriod,
		@DefaultValue("7") int hearingNoticeDays, @DefaultValue("P7D") Period servicePeriod,
		@DefaultValue("P15D") Period paymentPeriod, @DefaultValue("P30D") Period reInspectionPeriod,
		@DefaultValue("P2Y") Period limitationPeriod, @DefaultValue("3000") BigDecimal simplifiedMaxFine,
		@DefaultValue("100000") BigDecimal hearingThreshold,
		@DefaultValue("500000") BigDecimal collectiveDiscussionThreshold,
		@DefaultValue("0.03") BigDecimal lateSurchargeRate,
		@DefaultValue("襄阳市非税收入汇缴结算户（代收银行：中国工商银行襄阳分行）") String paymentAccount,
		@DefaultValue("襄环责改〔{year}〕{number}号") String correctionOrderPattern,
		@DefaultValue("襄环案源〔{year}〕{number}号") String leadNumberPattern) {

	/** The case-lead number (案源编号) of the n-th lead of a year handed over to filing approval. */
	public String leadNumber(int year, int number) {
		return numbered(leadNumberPattern, year, number);
	}

	/** The case number (立案) of the n-th approved case of a year. */
	public String caseNumber(int year, int number) {
		return numbered(numberPattern, year, number);
	}

	/** The document number of the n-th correction order of a year. */
	public String correctionOrderNumber(int year, int number) {
		return numbered(correctionOrderPattern, year, number);
	}

	private static String numbered(String pattern, int year, int number) {
		return pattern.replace("{year}", Integer.toString(year)).replace("{number}", Integer.toString(number));
	}

}
