package cn.eco.enforcement.documents.internal;

import static cn.eco.enforcement.documents.internal.Wording.days;
import static cn.eco.enforcement.documents.internal.Wording.we;

import java.util.ArrayList;
import java.util.List;

import cn.eco.enforcement.documents.CaseDocument;
import cn.eco.enforcement.documents.DocumentKind;

/**
 * 行政处罚事先告知书: the facts, the intended penalty and its basis, and the party's rights to state its
 * case and defend itself (行政处罚法 §44, §45) and, where granted, to request a hearing (§63, §64).
 */
final class PriorNotice {

	private PriorNotice() {
	}

	static List<Block> compose(CaseDocument data) {
		List<Block> blocks = new ArrayList<>(Wording.header(DocumentKind.PRIOR_NOTICE, data, ""));
		blocks.add(Block.line(data.partyName().strip() + "："));
		blocks.add(Block.paragraph("（" + String.join("；", Wording.partyLines(data, "").subList(1, 4)) + "）"));
		blocks.addAll(Wording.factsAndEvidence(data));
		blocks.add(Block.paragraph(Wording.provisions(data) + we(data) + "拟对你单位作出如下行政处罚：" + Wording.fine(data) + "。"));
		blocks.add(Block.paragraph("根据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，你单位有权进行陈述和申辩。"
				+ "你单位可以自收到本告知书之日起" + days(data.statementDays()) + "日内向" + we(data)
				+ "提出陈述、申辩意见；逾期未提出的，视为放弃陈述和申辩的权利。"));
		if (data.hearingRight()) {
			blocks.add(Block.paragraph("根据《中华人民共和国行政处罚法》第六十三条、第六十四条的规定，你单位有权要求举行听证。"
					+ "你单位要求听证的，应当自收到本告知书之日起五日内向" + we(data) + "提出；逾期未提出的，视为放弃听证的权利。"));
		}
		blocks.add(Block.paragraph("案件承办人：" + Wording.officers(data)));
		blocks.add(Wording.signature(data));
		return blocks;
	}

}
