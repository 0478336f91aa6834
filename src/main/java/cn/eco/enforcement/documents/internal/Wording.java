package cn.eco.enforcement.documents.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.eco.enforcement.documents.CaseDocument;
import cn.eco.enforcement.documents.ChineseAmount;
import cn.eco.enforcement.documents.DocumentKind;

/** The wording the documents share: header, party block, facts and evidence, fine, appeal, signature. */
final class Wording {

	/** What a missing value prints as: a line to fill in by hand. */
	static final String BLANK = "__________";

	private Wording() {
	}

	static String orBlank(String value) {
		return isBlank(value) ? BLANK : value.strip();
	}

	/** The value ending with a full stop, unless it already ends with punctuation. */
	static String sentence(String value) {
		String text = orBlank(value);
		return "。；！？.;!?".indexOf(text.charAt(text.length() - 1)) >= 0 ? text : text + "。";
	}

	static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	/** A date as official documents print it (GB/T 9704): 2026年3月5日. */
	static String date(LocalDate date) {
		return date == null ? "　　　　年　　月　　日"
				: date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

	static String days(int days) {
		return days > 0 ? String.valueOf(days) : "____";
	}

	/** How the authority refers to itself: 我局 for a bureau, 本机关 otherwise. */
	static String we(CaseDocument data) {
		return !isBlank(data.authorityName()) && data.authorityName().strip().endsWith("局") ? "我局" : "本机关";
	}

	/** The authority, the title and the document number. */
	static List<Block> header(DocumentKind kind, CaseDocument data, String numberLabel) {
		return List.of(Block.centered(orBlank(data.authorityName()), Style.AUTHORITY),
				Block.centered(kind.title(), Style.TITLE), Block.right(numberLabel + orBlank(data.caseNumber())),
				Block.space(0.5f));
	}

	/** Who the document is addressed to, line by line. */
	static List<String> partyLines(CaseDocument data, String nameLabel) {
		return List.of(nameLabel + data.partyName().strip(), "统一社会信用代码：" + orBlank(data.partyCreditCode()),
				"地址：" + orBlank(data.partyAddress()), "法定代表人：" + orBlank(data.legalRepresentative()));
	}

	/** The facts, 经查 first, then the evidence as a numbered list. */
	static List<Block> factsAndEvidence(CaseDocument data) {
		List<Block> blocks = new ArrayList<>();
		String facts = orBlank(data.facts());
		blocks.add(Block.paragraph(facts.startsWith("经查") ? facts : "经查，" + facts));
		blocks.add(Block.paragraph("以上事实，有以下证据为证："));
		evidenceItems(data).forEach((item) -> blocks.add(Block.paragraph(item)));
		return blocks;
	}

	static List<String> evidenceItems(CaseDocument data) {
		List<String> items = new ArrayList<>();
		List<String> evidence = data.evidence().stream().filter((item) -> !isBlank(item)).toList();
		for (int i = 0; i < evidence.size(); i++) {
			items.add((i + 1) + ". " + evidence.get(i).strip());
		}
		return items.isEmpty() ? List.of("1. " + BLANK) : items;
	}

	/** 你单位的上述行为违反了…的规定。依据…的规定， */
	static String provisions(CaseDocument data) {
		return "你单位的上述行为违反了" + orBlank(data.violatedProvision()) + "的规定。依据"
				+ orBlank(data.penaltyProvision()) + "的规定，";
	}

	/** 罚款人民币伍万元整（¥50,000.00） */
	static String fine(CaseDocument data) {
		if (data.fineAmount() == null) {
			return "罚款人民币" + BLANK + "元";
		}
		return "罚款人民币" + ChineseAmount.uppercase(data.fineAmount()) + "（"
				+ ChineseAmount.inFigures(data.fineAmount()) + "）";
	}

	/** The appeal paragraph: the party's own text, or reconsideration within 60 days and a lawsuit within 6 months. */
	static String remedies(CaseDocument data) {
		if (!isBlank(data.remedies())) {
			return data.remedies().strip();
		}
		return "你单位如不服本决定，可以自收到本决定书之日起六十日内依法申请行政复议，"
				+ "也可以自收到本决定书之日起六个月内依法向人民法院提起行政诉讼。";
	}

	static String officers(CaseDocument data) {
		List<String> names = data.officers().stream().filter((name) -> !isBlank(name)).map(String::strip).toList();
		return names.isEmpty() ? BLANK : String.join("、", names);
	}

	static Block signature(CaseDocument data) {
		return Block.signature(orBlank(data.authorityName()), date(data.issuedOn()));
	}

}
