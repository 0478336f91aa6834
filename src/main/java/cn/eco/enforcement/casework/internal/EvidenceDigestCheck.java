package cn.eco.enforcement.casework.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;

import cn.eco.enforcement.casework.internal.CaseIntegrityCheck.BrokenEntry;
import cn.eco.enforcement.evidence.EvidenceApi;
import cn.eco.enforcement.evidence.EvidenceItem;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evidence entered in a case ({@code case_evidence}): each item's SHA-256 must still be the one
 * its timeline entry recorded, and the file in the evidence store must still hash to it. The file is
 * read through once per check (a 200 MB video takes a while); nothing of it is held in memory.
 */
@Component
@Order(2)
class EvidenceDigestCheck implements CaseIntegrityCheck {

	private final JdbcClient jdbc;

	private final EvidenceApi evidence;

	EvidenceDigestCheck(JdbcClient jdbc, EvidenceApi evidence) {
		this.jdbc = jdbc;
		this.evidence = evidence;
	}

	@Override
	@Transactional(readOnly = true)
	public Finding check(long caseId) {
		List<Entered> entered = jdbc.sql("""
				SELECT c.alarm_id, ce.evidence_item_id, ce.event_seq, e.description
				FROM case_evidence ce JOIN enforcement_case c ON c.id = ce.case_id
				  LEFT JOIN case_event e ON e.case_id = ce.case_id AND e.seq = ce.event_seq
				WHERE ce.case_id = ? ORDER BY ce.event_seq""")
			.param(caseId)
			.query(Entered.class)
			.list();
		for (Entered entry : entered) {
			EvidenceItem item = evidence.find(entry.alarmId(), entry.evidenceItemId()).orElse(null);
			String reason = problem(entry, item);
			if (reason != null) {
				return new Finding(entered.size(), broken(entry, item), reason);
			}
		}
		return Finding.intact(entered.size());
	}

	private String problem(Entered entry, EvidenceItem item) {
		String name = "证据 #" + entry.evidenceItemId();
		if (item == null) {
			return name + " 的登记已不存在：证据记录被删除";
		}
		if (entry.description() == null || !entry.description().contains(item.sha256().strip())) {
			return name + "《" + item.fileName() + "》所存的 SHA-256 与案件记录第 " + entry.eventSeq() + " 条登记的不符：证据记录被改动";
		}
		String actual;
		try {
			actual = digest(item);
		}
		catch (RuntimeException ex) {
			return name + "《" + item.fileName() + "》的文件无法从证据库读取：文件缺失或证据库不可用";
		}
		if (!actual.equals(item.sha256().strip())) {
			return name + "《" + item.fileName() + "》的文件内容与登记的 SHA-256 不符：证据文件被替换或改动";
		}
		return null;
	}

	private String digest(EvidenceItem item) {
		try (InputStream in = new DigestInputStream(evidence.open(item), MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(java.io.OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static BrokenEntry broken(Entered entry, EvidenceItem item) {
		OffsetDateTime at = item == null ? null : item.uploadedAt();
		return new BrokenEntry("证据文件", entry.evidenceItemId(), entry.eventSeq(), at, "证据",
				item == null ? null : item.uploadedBy(), item == null ? null : item.fileName() + "，SHA-256 " + item.sha256());
	}

	record Entered(long alarmId, long evidenceItemId, int eventSeq, String description) {
	}

}
