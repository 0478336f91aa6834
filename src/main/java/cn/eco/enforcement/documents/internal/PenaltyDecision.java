package cn.eco.enforcement.documents.internal;

import static cn.eco.enforcement.documents.internal.Wording.we;

import java.util.ArrayList;
import java.util.List;

import cn.eco.enforcement.documents.CaseDocument;
import cn.eco.enforcement.documents.DocumentKind;

/**
 * 行政处罚决定书 with what 行政处罚法 §59 requires it to state: the party, the facts and evidence, the
 * kind of penalty and its basis, how and by when to pay (§67, with the surcharge of §72), and how to
 * appeal.
 */
final class PenaltyDecision {

	private PenaltyDecision() {
	}

	static List<Block> compose(CaseDocument data) {
		List<Block> blocks = new ArrayList<>(Wording.header(DocumentKind.PENALTY_DECISION, data, ""));
		Wording.partyLines(data, "当事人：").stream().map(Block::line).forEach(blocks::add);
		blocks.add(Block.space(0.5f));
		blocks.add(Block.heading("一、环境违法事实和证据"));
		blocks.addAll(Wording.factsAndEvidence(data));
		blocks.add(Block.heading("二、行政处罚的依据和种类"));
		blocks.add(Block.paragraph(Wording.provisions(data) + we(data) + "决定对你单位作出如下行政处罚："));
		blocks.add(Block.paragraph(Wording.fine(data) + "。"));
		blocks.add(Block.heading("三、行政处罚决定的履行方式和期限"));
		blocks.add(Block.paragraph(payment(data)));
		blocks.add(Block.heading("四、申请行政复议或者提起行政诉讼的途径和期限"));
		blocks.add(Block.paragraph(Wording.remedies(data)));
		if (Wording.isBlank(data.remedies())) {
			blocks.add(Block.paragraph("申请行政复议或者提起行政诉讼的，行政处罚不停止执行，法律另有规定的除外。"
					+ "你单位逾期不申请行政复议、不提起行政诉讼，又不履行本处罚决定的，" + we(data) + "将依法申请人民法院强制执行。"));
		}
		blocks.add(Wording.signature(data));
		return blocks;
	}

	private static String payment(CaseDocument data) {
		return "根据《中华人民共和国行政处罚法》第六十七条的规定，你单位应当自收到本处罚决定书之日起"
				+ Wording.days(data.paymentDays()) + "日内，将罚款缴至指定银行（收款账户："
				+ Wording.orBlank(data.paymentAccount()) + "）。到期不缴纳罚款的，" + we(data)
				+ "将依据《中华人民共和国行政处罚法》第七十二条第一款第一项的规定，每日按罚款数额的百分之三加处罚款，"
				+ "加处罚款的数额不超出罚款的数额。";
	}

}
