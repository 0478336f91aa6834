package cn.eco.enforcement.documents.internal;

import static cn.eco.enforcement.documents.internal.Wording.we;

import java.util.ArrayList;
import java.util.List;

import cn.eco.enforcement.documents.CaseDocument;
import cn.eco.enforcement.documents.DocumentKind;

/** 责令改正违法行为决定书: the facts, the order to correct with its basis, the deadline and how to appeal. */
final class CorrectionOrder {

	private CorrectionOrder() {
	}

	static List<Block> compose(CaseDocument data) {
		List<Block> blocks = new ArrayList<>(Wording.header(DocumentKind.CORRECTION_ORDER, data, ""));
		Wording.partyLines(data, "当事人：").stream().map(Block::line).forEach(blocks::add);
		blocks.add(Block.space(0.5f));
		blocks.addAll(Wording.factsAndEvidence(data));
		blocks.add(Block.paragraph(Wording.provisions(data) + we(data) + "责令你单位立即改正上述违法行为："));
		blocks.add(Block.paragraph(Wording.sentence(data.correctionDemand())));
		blocks.add(Block.paragraph("你单位应当于" + Wording.date(data.correctionDeadline()) + "前改正完毕，并将改正情况书面报告"
				+ we(data) + "。逾期不改正的，" + we(data) + "将依法处理。"));
		blocks.add(Block.paragraph(Wording.remedies(data)));
		blocks.add(Wording.signature(data));
		return blocks;
	}

}
