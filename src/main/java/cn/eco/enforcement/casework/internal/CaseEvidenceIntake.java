package cn.eco.enforcement.casework.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import cn.eco.enforcement.evidence.EvidenceApi;
import cn.eco.enforcement.evidence.EvidenceApi.Upload;
import cn.eco.enforcement.evidence.EvidenceItem;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence as part of a case's record. Every upload to an alarm goes through here: the files are
 * stored and, when the alarm has a case (or case lead), each item is entered on the case's timeline
 * in the same transaction, by its uploader, with its SHA-256. Evidence the loop gathered before the
 * alarm became a case is entered when the case is opened, with the time and person of its upload.
 * An item is entered in a case once ({@code case_evidence}).
 */
@Component
@Transactional
public class CaseEvidenceIntake {

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final EvidenceApi evidence;

	private final CaseRecords records;

	private final JdbcClient jdbc;

	private final ZoneId zone;

	CaseEvidenceIntake(EvidenceApi evidence, CaseRecords records, JdbcClient jdbc,
			@Value("${app.zone:Asia/Shanghai}") ZoneId zone) {
		this.evidence = evidence;
		this.records = records;
		this.jdbc = jdbc;
		this.zone = zone;
	}

	/** Stores the files as the alarm's evidence (all or none) and enters them in its case, if it has one. */
	public List<EvidenceItem> store(long alarmId, String uploadedBy, List<Upload> uploads) {
		List<EvidenceItem> items = evidence.store(alarmId, uploadedBy, uploads);
		records.caseOfAlarm(alarmId).ifPresent(caseId -> items.forEach(item -> enter(caseId, item, false)));
		return items;
	}

	/** Enters the alarm's evidence not yet in the case: what the loop gathered before the case was opened. */
	public void enterEarlierEvidence(long caseId, long alarmId) {
		List<Long> entered = jdbc.sql("SELECT evidence_item_id FROM case_evidence WHERE case_id = ?")
			.param(caseId)
			.query(Long.class)
			.list();
		evidence.of(alarmId).stream().filter(item -> !entered.contains(item.id())).forEach(item -> enter(caseId, item, true));
	}

	private void enter(long caseId, EvidenceItem item, boolean earlier) {
		int seq = records.event(caseId, item.uploadedAt(), "证据", item.uploadedBy(), description(item)
				+ (earlier ? "（告警办理中上传，移送立案时登记入卷）" : ""));
		jdbc.sql("INSERT INTO case_evidence (case_id, evidence_item_id, event_seq) VALUES (?, ?, ?)")
			.params(caseId, item.id(), seq)
			.update();
	}

	private String description(EvidenceItem item) {
		StringBuilder text = new StringBuilder("上传证据 #").append(item.id()).append("《").append(item.fileName()).append("》：")
			.append(item.contentType()).append("，").append(item.size()).append(" 字节，SHA-256 ").append(item.sha256());
		if (item.capturedAt() != null) {
			text.append("，拍摄于 ").append(MINUTE.format(item.capturedAt().atZoneSameInstant(zone)));
		}
		if (item.latitude() != null && item.longitude() != null) {
			text.append("，位置 纬度 ").append(item.latitude()).append("，经度 ").append(item.longitude());
		}
		return text.toString();
	}

}
