package cn.eco.enforcement.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the legal documents of one case say. Only {@code partyName} is required; any other value that
 * is null or blank is printed as a blank to fill in by hand. Each document uses the fields it needs.
 *
 * @param caseNumber the document number printed under the title, e.g. 襄环罚〔2026〕12号
 * @param authorityName the issuing authority, e.g. 襄阳市生态环境局
 * @param issuedOn the date printed above the signature
 * @param partyName the party (当事人), an enterprise's registered name
 * @param partyCreditCode its unified social credit code
 * @param partyAddress its registered address
 * @param legalRepresentative its legal representative
 * @param facts the facts found; a line break starts a new paragraph
 * @param evidence the evidence, one item each, numbered in print
 * @param violatedProvision the provision violated, e.g. 《中华人民共和国大气污染防治法》第十八条
 * @param penaltyProvision the provision the penalty or order is based on
 * @param fineAmount the fine in yuan, printed in Chinese capitals and in figures; null when none
 * @param correctionDemand what the party must correct (责令改正 and 事先告知)
 * @param correctionDeadline by when the correction is due
 * @param officers the officers handling the case (承办人)
 * @param filingOpinion the officers' opinion on the filing approval form
 * @param approver who approved the filing; when present the form states 同意立案
 * @param statementDays days to submit a statement and defence after the prior notice
 * @param hearingRight whether the prior notice grants the right to request a hearing
 * @param paymentDays days to pay the fine after the decision is served
 * @param paymentAccount the designated bank account for the fine
 * @param remedies the appeal paragraph; null for the standard text (reconsideration within sixty
 *        days, lawsuit within six months)
 * @param caseSource how the case came to the bureau (案件来源 of the filing approval form), e.g.
 *        污染源在线监测告警（2026-03-18，编号 MON-…），经执法检查确认
 */
public record CaseDocument(String caseNumber, String authorityName, LocalDate issuedOn, String partyName,
		String partyCreditCode, String partyAddress, String legalRepresentative, String facts, List<String> evidence,
		String violatedProvision, String penaltyProvision, BigDecimal fineAmount, String correctionDemand,
		LocalDate correctionDeadline, List<String> officers, String filingOpinion, String approver,
		int statementDays, boolean hearingRight, int paymentDays, String paymentAccount, String remedies,
		String caseSource) {

	public CaseDocument {
		evidence = copyOf(evidence);
		officers = copyOf(officers);
	}

	private static List<String> copyOf(List<String> items) {
		return items == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(items));
	}

}
