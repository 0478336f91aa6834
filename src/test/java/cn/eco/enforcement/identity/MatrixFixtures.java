package cn.eco.enforcement.identity;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import cn.eco.enforcement.alarm.AlarmApi;
import cn.eco.enforcement.casework.CaseworkApi;
import cn.eco.enforcement.enterprise.EnterpriseApi;
import cn.eco.enforcement.enterprise.EnterpriseData;
import cn.eco.enforcement.support.Alarms;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the authorization matrix calls endpoints on, made of the test's own firm and accounts: a
 * firm with a filed case (a finished alarm loop, a running case-filing, a document), a QR token,
 * self-inspection tasks of two demo firms, a probe process, and fresh things per call for the
 * requests that change or delete what they are given.
 */
final class MatrixFixtures {

	static final String PROBE_PROCESS = "MatrixProbe";

	static final String TARGET_USER = "matrix-target";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final ProcessEngine engine;

	private final AlarmApi alarms;

	private final String firm;

	private final Map<String, Supplier<String>> values;

	MatrixFixtures(ProcessEngine engine, AlarmApi alarms, EnterpriseApi enterprises, CaseworkApi casework,
			JdbcClient jdbc) {
		this.engine = engine;
		this.alarms = alarms;
		this.firm = newFirm(enterprises);
		MatrixCase filed = MatrixCase.file(engine, alarms, jdbc, firm);
		deployProbe();
		createTargetUser();
		String alarm = Long.toString(filed.alarmId());
		// The photo of the on-site handling, completed with a File variable, is the alarm's first evidence item.
		String evidenceItem = jdbc.sql("SELECT MIN(id) FROM evidence_item WHERE alarm_id = ?").param(filed.alarmId())
			.query(Long.class).single().toString();
		String token = enterprises.qrToken(firm);
		String ownFirmTask = firstTask(casework.startSelfInspection("ENT-0001"));
		String otherFirmTask = firstTask(casework.startSelfInspection("ENT-0002"));
		this.values = Map.ofEntries(Map.entry("firm", () -> firm), Map.entry("alarm", () -> alarm),
				Map.entry("evidenceItem", () -> evidenceItem),
				Map.entry("case", () -> Long.toString(filed.caseId())), Map.entry("document", () -> Long.toString(filed.documentId())),
				Map.entry("loop", filed::loop), Map.entry("caseInstance", filed::caseInstance),
				Map.entry("investigationTask", () -> firstTask(filed.caseInstance())), Map.entry("token", () -> token),
				Map.entry("ownFirmTask", () -> ownFirmTask), Map.entry("otherFirmTask", () -> otherFirmTask),
				Map.entry("freshTask", this::freshLoopTask), Map.entry("freshDeployment", this::freshDeployment),
				Map.entry("freshFinishedInstance", this::freshFinishedInstance), Map.entry("freshGroup", this::freshGroup),
				Map.entry("newId", MatrixFixtures::newId));
	}

	/** Replaces each {@code {name}} by its fixture; {@code {password}} by the caller's password. */
	String resolve(String template, String password) {
		String resolved = template.replace("{password}", password == null ? "" : password);
		for (var value : values.entrySet()) {
			String placeholder = "{" + value.getKey() + "}";
			while (resolved.contains(placeholder)) {
				resolved = resolved.replaceFirst(java.util.regex.Pattern.quote(placeholder), value.getValue().get());
			}
		}
		return resolved;
	}

	String firm() {
		return firm;
	}

	/** A task of a new alarm loop at the firm, assigned to its inspector wangqiang. */
	private String freshLoopTask() {
		String instance = alarms.raise(Alarms.moderateExceedanceAt(firm)).alarm().processInstanceId();
		Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
		if (task.getTaskDefinitionKey().equals("Task_ApproveOnSiteVisit")) {
			engine.getTaskService().complete(task.getId(), Map.of("onSiteVisitApproved", true));
			task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
		}
		return task.getId();
	}

	private String freshDeployment() {
		return engine.getRepositoryService().createDeployment().name("matrix-" + newId())
			.addString("matrix.bpmn", probeBpmn(PROBE_PROCESS + "Deleted")).deploy().getId();
	}

	private String freshFinishedInstance() {
		return engine.getRuntimeService().startProcessInstanceByKey(PROBE_PROCESS).getId();
	}

	private String freshGroup() {
		var group = engine.getIdentityService().newGroup(newId());
		group.setName("矩阵测试组");
		group.setType("WORKFLOW");
		engine.getIdentityService().saveGroup(group);
		return group.getId();
	}

	private void deployProbe() {
		engine.getRepositoryService().createDeployment().name("matrix-probe")
			.addString("matrix-probe.bpmn", probeBpmn(PROBE_PROCESS)).deploy();
	}

	private void createTargetUser() {
		var user = engine.getIdentityService().newUser(TARGET_USER);
		user.setFirstName("矩阵");
		user.setLastName("目标");
		user.setPassword("Probe-Secret-" + System.nanoTime() + "!");
		engine.getIdentityService().saveUser(user);
	}

	private String firstTask(String processInstance) {
		return engine.getTaskService().createTaskQuery().processInstanceId(processInstance).list().get(0).getId();
	}

	/** A process that starts and ends at once: starting and deleting it harms nothing. */
	static String probeBpmn(String key) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
				    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="matrix">
				  <process id="%s" isExecutable="true" camunda:historyTimeToLive="P1D">
				    <startEvent id="StartEvent_Probe"/>
				  </process>
				</definitions>""".formatted(key);
	}

	static String newId() {
		return "matrix-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100_000;
	}

	private static String newFirm(EnterpriseApi enterprises) {
		long unique = System.nanoTime() % 10_000_000_000L;
		String code = "ENT-AM" + unique % 100_000;
		enterprises.save(Map.of(1, new EnterpriseData(code, "襄阳矩阵" + unique % 100_000 + "化工有限公司",
				"91420600" + String.format("%010d", unique), "湖北省襄阳市高新区团山镇测试路2号", 112.19, 32.04, "TS-GX-TUANSHAN",
				"化学原料制造", "ORDINARY", List.of("a34000"), "wangqiang", "liuyang", null)));
		return code;
	}

}
