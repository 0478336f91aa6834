package cn.eco.enforcement.casework.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

import cn.eco.enforcement.casework.internal.CaseIntegrityCheck.BrokenEntry;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes a case's timeline chain ({@code case_event}, see {@link CaseEventDigest}) entry by
 * entry and names the first entry that is out of place, does not link to the entry before it, or
 * whose content no longer matches its hash.
 */
@Component
@Order(1)
class TimelineChainCheck implements CaseIntegrityCheck {

	private final JdbcClient jdbc;

	TimelineChainCheck(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public Finding check(long caseId) {
		List<Entry> entries = jdbc.sql("""
				SELECT id, case_id, seq, occurred_at, stage, actor, description, prev_hash, hash
				FROM case_event WHERE case_id = ? ORDER BY seq, id""")
			.param(caseId)
			.query(Entry.class)
			.list();
		String previous = null;
		for (int i = 0; i < entries.size(); i++) {
			Entry entry = entries.get(i);
			String reason = problem(entry, i + 1, previous);
			if (reason != null) {
				return new Finding(entries.size(), entry.asBroken(), reason);
			}
			previous = entry.hash();
		}
		return Finding.intact(entries.size());
	}

	private static String problem(Entry entry, int expected, String previousHash) {
		if (entry.seq() < expected) {
			return "案件记录第 " + entry.seq() + " 条重复出现：记录被插入或复制";
		}
		if (entry.seq() > expected) {
			return "案件记录第 " + entry.seq() + " 条之前缺少第 " + expected
					+ (entry.seq() - 1 > expected ? "–" + (entry.seq() - 1) : "") + " 条：记录被删除";
		}
		if (!Objects.equals(entry.prevHash(), previousHash)) {
			return expected == 1 ? "案件记录第 1 条本应是链首，却指向另一条记录：其前的记录被删除或本条被替换"
					: "案件记录第 " + expected + " 条所存的上一条记录哈希与第 " + (expected - 1)
							+ " 条不符：第 " + (expected - 1) + " 条记录被改动或替换";
		}
		if (!entry.recomputed().equals(entry.hash())) {
			return "案件记录第 " + expected + " 条的内容与其哈希不符：记录写入后被改动";
		}
		return null;
	}

	record Entry(long id, long caseId, int seq, OffsetDateTime occurredAt, String stage, String actor,
			String description, String prevHash, String hash) {

		String recomputed() {
			return CaseEventDigest.hash(caseId, seq, occurredAt, stage, actor, description, prevHash);
		}

		BrokenEntry asBroken() {
			return new BrokenEntry("案件记录", id, seq, occurredAt, stage, actor, description);
		}

	}

}
