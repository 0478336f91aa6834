package cn.eco.enforcement.documents.internal;

import static cn.eco.enforcement.documents.internal.Wording.isBlank;

import java.util.ArrayList;
import java.util.List;

import cn.eco.enforcement.documents.CaseDocument;
import cn.eco.enforcement.documents.DocumentKind;

/**
 * 立案审批表: a bordered form with the cause, the party, the source, the brief facts, the officers'
 * opinion and the approval. Cells without a value stay empty, to be filled in by hand.
 */
final class FilingApprovalForm {

	private FilingApprovalForm() {
	}

	static List<Block> compose(CaseDocument data) {
		List<Block> blocks = new ArrayList<>(Wording.header(DocumentKind.FILING_APPROVAL, data, "编号："));
		blocks.add(Block.table(List.of(row("案由", cause(data), 1),
				new FormTable.Row("当事人", Wording.partyLines(data, "名称："), 4), row("案件来源", text(data.caseSource()), 1),
				new FormTable.Row("简要案情", briefFacts(data), 6),
				new FormTable.Row("承办人意见", List.of(text(data.filingOpinion()), "承办人：" + Wording.officers(data)), 3),
				row("审批意见", isBlank(data.approver()) ? "" : "同意立案。", 3), row("审批人", text(data.approver()), 1),
				row("日期", Wording.date(data.issuedOn()), 1))));
		return blocks;
	}

	private static FormTable.Row row(String label, String value, int minLines) {
		return new FormTable.Row(label, List.of(value), minLines);
	}

	private static String cause(CaseDocument data) {
		if (isBlank(data.violatedProvision())) {
			return data.partyName().strip() + "涉嫌环境违法案";
		}
		return data.partyName().strip() + "涉嫌违反" + data.violatedProvision().strip() + "案";
	}

	private static List<String> briefFacts(CaseDocument data) {
		List<String> lines = new ArrayList<>(List.of(text(data.facts()).split("\\R")));
		lines.add("主要证据：");
		lines.addAll(Wording.evidenceItems(data));
		return lines;
	}

	private static String text(String value) {
		return isBlank(value) ? "" : value.strip();
	}

}
