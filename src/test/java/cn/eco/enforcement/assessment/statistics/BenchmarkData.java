package cn.eco.enforcement.assessment.statistics;

import java.util.List;

/**
 * Synthetic history for {@link MonthlyTableBenchmark}, as PostgreSQL {@code INSERT … SELECT …
 * generate_series} statements. Loop {@code i} starts at an even spread over 24 months from the first
 * day, is worked by inspector {@code (i·7919 mod n)+1} at enterprise {@code (i·31 mod 5000)+1}; one
 * loop in five is verified off site, one in ten finds a violation (and has a case), one task in a
 * hundred was completed without being claimed (only the operation log names who did it).
 */
final class BenchmarkData {

	private BenchmarkData() {
	}

	static List<String> statements(int inspectors, int loops, int caseTasks, String firstDay) {
		String start = spread(firstDay, loops);
		String inspector = "'insp' || lpad((((i * 7919) %% %d) + 1)::text, 3, '0')".formatted(inspectors);
		String enterprise = "'E' || lpad((((i * 31) % 5000) + 1)::text, 5, '0')";
		return List.of("""
				INSERT INTO org_unit (code, name, kind, parent_code) VALUES ('XY', '市局', 'CITY_BUREAU', NULL)""", """
				INSERT INTO org_unit (code, name, kind, parent_code)
				SELECT 'BR' || b, '分局' || b, 'BRANCH_BUREAU', 'XY' FROM generate_series(1, 5) b
				UNION ALL SELECT 'BR' || b || '-B', '大队' || b, 'BRIGADE', 'BR' || b FROM generate_series(1, 5) b""", """
				INSERT INTO org_unit (code, name, kind, parent_code)
				SELECT 'SQ' || lpad(s::text, 2, '0'), '中队' || s, 'SQUADRON', 'BR' || ((s - 1) % 5 + 1) || '-B'
				FROM generate_series(1, 50) s""", """
				INSERT INTO staff (user_id, name, role, org_unit_code, certificate_no)
				SELECT 'insp' || lpad(i::text, 3, '0'), '执法员' || i, 'INSPECTOR', 'SQ' || lpad(((i - 1) %% 50 + 1)::text, 2, '0'), 'C' || i
				FROM generate_series(1, %d) i""".formatted(inspectors), """
				INSERT INTO township (code, name, squadron_code)
				SELECT 'TS' || s, '镇' || s, 'SQ' || lpad(s::text, 2, '0') FROM generate_series(1, 50) s""", """
				INSERT INTO enterprise (code, name, credit_code, township_code, category)
				SELECT 'E' || lpad(e::text, 5, '0'), '企业' || e, lpad(e::text, 18, '0'), 'TS' || ((e - 1) % 50 + 1),
				       CASE WHEN e % 4 = 0 THEN 'KEY' ELSE 'ORDINARY' END
				FROM generate_series(1, 5000) e""", """
				INSERT INTO alarm (id, external_id, source_type, enterprise_code, observed_at, received_at, status)
				SELECT i, 'B' || i, 'ONLINE_MONITOR', %s, %s, %s, 'CLOSED' FROM generate_series(1, %d) i"""
			.formatted(enterprise, start, start, loops), """
				INSERT INTO ACT_HI_TASKINST (ID_, TASK_DEF_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_, PROC_INST_ID_,
				    EXECUTION_ID_, ACT_INST_ID_, NAME_, ASSIGNEE_, START_TIME_, END_TIME_, DURATION_, DELETE_REASON_, PRIORITY_, TASK_STATE_)
				SELECT 'L' || i || '-' || k,
				       CASE k WHEN 1 THEN 'Task_SignFor' WHEN 2 THEN CASE WHEN i %% 5 = 0 THEN 'Task_VerifyOffSite' ELSE 'Task_HandleOnSite' END
				              WHEN 3 THEN 'Task_SubmitFeedback' ELSE 'Task_ReviewHandling' END,
				       'enforcement-loop', 'enforcement-loop:1:bench', 'P' || i, 'P' || i, 'P' || i, 'A' || i || '-' || k, '任务' || k,
				       CASE WHEN (i + k) %% 100 = 0 THEN NULL ELSE %s END,
				       %s + (k - 1) * INTERVAL '1 hour', %s + k * INTERVAL '1 hour', 3600000, 'completed', 50, 'Completed'
				FROM generate_series(1, %d) i CROSS JOIN generate_series(1, 4) k""".formatted(inspector, start, start, loops), """
				INSERT INTO ACT_HI_TASKINST (ID_, TASK_DEF_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_, PROC_INST_ID_,
				    EXECUTION_ID_, ACT_INST_ID_, NAME_, ASSIGNEE_, START_TIME_, END_TIME_, DURATION_, DELETE_REASON_, PRIORITY_, TASK_STATE_)
				SELECT 'C' || i, 'Task_ApproveFiling', 'case-filing', 'case-filing:1:bench', 'C' || (i / 2), 'C' || (i / 2),
				       'C' || i, 'CA' || i, '立案审批', %s, %s, %s + INTERVAL '2 day', 172800000, 'completed', 50, 'Completed'
				FROM generate_series(1, %d) i""".formatted(inspector, spread(firstDay, caseTasks), spread(firstDay, caseTasks), caseTasks), """
				INSERT INTO ACT_HI_OP_LOG (ID_, PROC_INST_ID_, TASK_ID_, USER_ID_, TIMESTAMP_, OPERATION_TYPE_, ENTITY_TYPE_, PROPERTY_, NEW_VALUE_, CATEGORY_)
				SELECT 'O' || t.ID_, t.PROC_INST_ID_, t.ID_, 'insp001', t.END_TIME_, 'Complete', 'Task', 'delete', 'true', 'TaskWorker'
				FROM ACT_HI_TASKINST t WHERE t.ASSIGNEE_ IS NULL""", """
				INSERT INTO ACT_HI_VARINST (ID_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_, PROC_INST_ID_, EXECUTION_ID_,
				    NAME_, VAR_TYPE_, CREATE_TIME_, REV_, TEXT_, STATE_)
				SELECT 'V' || i || '-' || k, 'enforcement-loop', 'enforcement-loop:1:bench', 'P' || i, 'P' || i, 'P' || i,
				       (ARRAY['enterpriseCode', 'alarmId', 'supervisionMode', 'assignee', 'handler', 'squadronCode',
				              'alarmSummary', 'feedbackSummary'])[k], 'string', %s, 1,
				       CASE k WHEN 1 THEN %s ELSE 'value ' || i END, 'CREATED'
				FROM generate_series(1, %d) i CROSS JOIN generate_series(1, 8) k""".formatted(start, enterprise, loops), """
				INSERT INTO loop_assessment (alarm_id, process_instance_id, inspector, squadron_code, supervision_mode, dispatched_at,
				    signed_for_at, handled_at, reviewed_at, sign_for_minutes, handling_minutes, sign_for_overdue, handling_overdue,
				    rework_count, feedback_complete, violation_found, enterprise_code)
				SELECT i, 'P' || i, %s, NULL, 'ON_SITE', %s, %s + INTERVAL '1 hour', %s + INTERVAL '2 hour', %s + INTERVAL '4 hour',
				       60, 120, i %% 17 = 0, i %% 23 = 0, CASE WHEN i %% 13 = 0 THEN 1 ELSE 0 END, TRUE, i %% 10 = 0, %s
				FROM generate_series(1, %d) i""".formatted(inspector, start, start, start, start, enterprise, loops), """
				INSERT INTO enforcement_case (alarm_id, enterprise_code, status, lead_inspector, opened_at, decided_at, case_number)
				SELECT i, %s, CASE WHEN i %% 30 = 0 THEN 'NOT_FILED' ELSE 'FILED' END, %s, %s + INTERVAL '4 hour',
				       %s + INTERVAL '5 day', 'B' || i
				FROM generate_series(10, %d, 10) i""".formatted(enterprise, inspector, start, start, loops),
				"ANALYZE");
	}

	/** Row {@code i} of {@code n}, spread evenly over the 730 days from the first day. */
	private static String spread(String firstDay, int n) {
		return "(TIMESTAMP '%s' + (i * (730 * 86400.0 / %d)) * INTERVAL '1 second')".formatted(firstDay, n);
	}

}
