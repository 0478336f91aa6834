package cn.eco.enforcement.documents;

/** The documents {@link LegalDocuments} renders, each with its printed title. */
public enum DocumentKind {

	/** 立案审批表: the form on which a case is proposed and approved for filing. */
	FILING_APPROVAL("立案审批表"),

	/** 行政处罚事先告知书: the intended penalty and the party's rights to state its case and to a hearing. */
	PRIOR_NOTICE("行政处罚事先告知书"),

	/** 行政处罚决定书: the penalty decided, how to pay it and how to appeal. */
	PENALTY_DECISION("行政处罚决定书"),

	/** 责令改正违法行为决定书: the order to correct the violation by a deadline. */
	CORRECTION_ORDER("责令改正违法行为决定书");

	private final String title;

	DocumentKind(String title) {
		this.title = title;
	}

	/** The title printed on the document, e.g. 行政处罚决定书. */
	public String title() {
		return title;
	}

	/**
	 * The download file name: the case number and the title, e.g. {@code 襄环罚〔2026〕12号-行政处罚决定书.pdf}.
	 * Characters that file systems refuse are dropped; without a case number the title alone is used.
	 */
	public String fileName(String caseNumber) {
		String number = caseNumber == null ? "" : caseNumber.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "").strip();
		return number.isEmpty() ? title + ".pdf" : number + "-" + title + ".pdf";
	}

}
