package cn.eco.enforcement.casework.web;

import java.util.List;
import java.util.Set;

import cn.eco.enforcement.casework.internal.CaseRecords;
import cn.eco.enforcement.casework.internal.CaseRecords.CaseRow;
import cn.eco.enforcement.identity.Roles;
import org.camunda.bpm.engine.HistoryService;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who reads a case's file: supervisors, auditors and admins every case; anyone else the cases he
 * is an officer of or worked a task of. A case the caller may not read answers 404, as one that
 * does not exist.
 */
@Component
class CaseReaders {

	private static final Set<String> OVERSEERS = Set.of(Roles.authority(Roles.ADMIN), Roles.authority(Roles.SUPERVISORS),
			Roles.authority(Roles.AUDITORS));

	private final CaseRecords records;

	private final HistoryService history;

	CaseReaders(CaseRecords records, HistoryService history) {
		this.records = records;
		this.history = history;
	}

	/** The case, when it exists and the caller may read it; 404 otherwise. */
	CaseRow visible(long id, Authentication user) {
		CaseRow row = records.find(id)
			.filter(r -> r.caseNumber() != null)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这个案件"));
		if (!overseer(user) && !officer(row, user.getName()) && !hadTask(row, user.getName())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这个案件");
		}
		return row;
	}

	static boolean overseer(Authentication user) {
		return user.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(OVERSEERS::contains);
	}

	private static boolean officer(CaseRow row, String userId) {
		return List.of(nonNull(row.leadInspector()), nonNull(row.investigator1()), nonNull(row.investigator2()))
			.contains(userId);
	}

	/** Someone who works or worked a task of the case (a hearing chair, a co-signer) reads its file. */
	private boolean hadTask(CaseRow row, String userId) {
		return row.processInstanceId() != null && history.createHistoricTaskInstanceQuery()
			.processInstanceId(row.processInstanceId())
			.taskAssignee(userId)
			.count() > 0;
	}

	private static String nonNull(String text) {
		return text == null ? "" : text;
	}

}
