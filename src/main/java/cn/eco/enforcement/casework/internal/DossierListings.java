package cn.eco.enforcement.casework.internal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import cn.eco.enforcement.casework.CaseEvidence.EvidenceFile;
import cn.eco.enforcement.casework.internal.CaseIntegrityCheck.Finding;
import cn.eco.enforcement.casework.internal.CaseRecords.CaseRow;
import cn.eco.enforcement.casework.internal.CaseRecords.ChainedEvent;
import cn.eco.enforcement.documents.CaseDossier.Entry;
import cn.eco.enforcement.documents.CaseDossier.Listing;
import cn.eco.enforcement.documents.ChineseAmount;
import org.camunda.bpm.engine.history.HistoricActivityInstance;

/** The listings a case's dossier holds besides its documents: evidence, decision and payment, audit trails. */
final class DossierListings {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private DossierListings() {
	}

	/** 证据清单: each evidence file with its size, uploader and SHA-256. */
	static Listing evidence(List<EvidenceFile> files) {
		List<Entry> entries = new ArrayList<>();
		for (int i = 0; i < files.size(); i++) {
			EvidenceFile f = files.get(i);
			entries.add(new Entry("证据 " + (i + 1), List.of(f.fileName() + "（" + f.contentType() + "，" + f.size() + " 字节）",
					"上传：" + f.uploadedBy() + "　" + time(f.uploadedAt()), "SHA-256：" + f.sha256())));
		}
		return new Listing("证据清单", null, null, "证据文件以 SHA-256 标识，可与证据存储中的原件逐一核对。", entries,
				"本案未存储电子证据文件（调查取证记录见行政处罚文书及办理记录）。");
	}

	/** 处罚决定与执行情况: the outcome, the decision's number and amounts, service, payment and closing. */
	static Listing decisionAndPayment(CaseRow row, String decisionNumber) {
		List<Entry> entries = List.of(entry("处理结果", outcomeLabel(row.outcome())),
				entry("决定书文号", decisionNumber == null ? "未作出处罚决定" : decisionNumber),
				entry("罚款金额", amount(row.fineAmount())), entry("决定日期", time(row.penaltyDecidedAt())),
				entry("送达日期", time(row.servedAt())), entry("缴款期限", time(row.paymentDueAt())),
				entry("缴款日期", time(row.paidAt())), entry("实缴金额", amount(row.amountPaid())),
				entry("加处罚款", amount(row.lateSurcharge())), entry("按日计罚", amount(row.dailyPenalty())),
				entry("办案期限", time(row.decisionDueAt()) + "（延长 " + row.extensionDays() + " 日，听证等中止 "
						+ row.pausedDays() + " 日）"),
				entry("结案日期", row.closedAt() == null ? "未结案" : time(row.closedAt())));
		return new Listing("处罚决定与执行情况", decisionNumber, null, null, entries, null);
	}

	/** 案件办理记录: the case timeline, each entry with its hash and its predecessor's, and the chain's check. */
	static Listing auditTrail(List<ChainedEvent> chain, Finding integrity) {
		List<Entry> entries = chain.stream()
			.map(e -> new Entry("第 " + e.seq() + " 条", List.of(time(e.occurredAt()) + "　" + e.stage() + "　" + text(e.actor()),
					text(e.description()), "SHA-256：" + e.hash(),
					"前一条：" + (e.prevHash() == null ? "无（首条）" : e.prevHash()))))
			.toList();
		// the integrity check counts the evidence files it re-hashed too; the chain's own count is its length
		String check = integrity.firstBroken() == null ? "哈希链校验：完整，共 " + chain.size() + " 条记录"
				+ (integrity.entries() > chain.size() ? "；证据文件与登记的 SHA-256 一致" : "") + "。"
				: "哈希链校验：不完整，" + integrity.firstBroken().record() + "自第 " + integrity.firstBroken().position() + " 条起："
						+ integrity.reason();
		return new Listing("案件办理记录（哈希链）", null, null, check, entries, "暂无办理记录。");
	}

	/** 告警闭环处置记录: the loop's steps from the engine's history, with who did them and when. */
	static Listing loopHistory(List<HistoricActivityInstance> activities) {
		List<Entry> entries = activities.stream()
			.filter(a -> a.getActivityName() != null)
			.map(a -> new Entry(time(a.getStartTime()), List.of(a.getActivityName()
					+ (a.getAssignee() == null ? "" : "　办理人：" + a.getAssignee()),
					a.getEndTime() == null ? "未完成" : "完成：" + time(a.getEndTime()))))
			.toList();
		return new Listing("告警闭环处置记录", null, null, "自流程引擎历史记录（案源告警的处置闭环）。", entries,
				"流程历史中没有本案的告警闭环记录。");
	}

	static String outcomeLabel(String outcome) {
		return outcome == null ? "尚未审查" : switch (outcome) {
			case "PENALTY" -> "行政处罚";
			case "NO_PENALTY" -> "不予处罚";
			case "NOT_ESTABLISHED" -> "违法事实不成立";
			case "TRANSFER" -> "移送";
			default -> outcome;
		};
	}

	static String time(OffsetDateTime at) {
		return at == null ? "—" : TIME.format(at.atZoneSameInstant(ZONE));
	}

	private static String time(Date at) {
		return at == null ? "—" : TIME.format(at.toInstant().atZone(ZONE));
	}

	private static String amount(BigDecimal amount) {
		return amount == null || amount.signum() == 0 ? "—"
				: ChineseAmount.uppercase(amount) + "（" + ChineseAmount.inFigures(amount) + "）";
	}

	private static Entry entry(String label, String value) {
		return new Entry(label, List.of(value));
	}

	private static String text(String value) {
		return value == null || value.isBlank() ? "—" : value;
	}

}
