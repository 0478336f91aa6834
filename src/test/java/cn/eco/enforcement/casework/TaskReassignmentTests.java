package cn.eco.enforcement.casework;

import static org.assertj.core.api.Assertions.assertThat;

import cn.eco.enforcement.alarm.AlarmApi;
import cn.eco.enforcement.support.Alarms;
import cn.eco.enforcement.support.Http;
import cn.eco.enforcement.support.IntegrationTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** 改派: a colleague's task changes hands only through a leader, with a reason, on the record. */
@IntegrationTest
class TaskReassignmentTests {

	@LocalServerPort
	int port;

	@Autowired
	AlarmApi alarms;

	@Autowired
	TaskService tasks;

	@Autowired
	HistoryService history;

	@Test
	void aSquadronLeaderReassignsWithAReasonAndTheRecordNamesEveryone() {
		String instance = alarms.raise(Alarms.moderateExceedanceAt("ENT-0001")).alarm().processInstanceId();
		String task = taskOf(instance);

		var moved = Http.as(port, "chenjun").post("/api/tasks/" + task + "/reassignment", """
				{"assignee": "liuyang", "reason": "王强今日外出培训"}""");

		assertThat(moved.status()).isEqualTo(200);
		assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo("liuyang");
		assertThat(tasks.getTaskComments(task)).singleElement().satisfies(comment -> {
			assertThat(comment.getUserId()).isEqualTo("chenjun");
			assertThat(comment.getFullMessage()).contains("王强", "刘洋", "陈军", "王强今日外出培训");
		});
		assertThat(history.createUserOperationLogQuery().taskId(task).operationType("Assign").singleResult().getUserId())
			.isEqualTo("chenjun");
		assertThat(Http.as(port, "wangqiang").post("/engine-rest/task/" + task + "/complete",
				"{\"variables\": {\"signForNote\": {\"value\": \"我来\"}}}").status()).as("no longer his").isEqualTo(403);
		assertThat(Http.as(port, "liuyang").post("/engine-rest/task/" + task + "/complete",
				"{\"variables\": {\"signForNote\": {\"value\": \"已签收\"}}}").status()).isEqualTo(204);
	}

	@Test
	void noReassignmentWithoutAReasonOrOutsideTheLeadersSquadron() {
		String task = taskOf(alarms.raise(Alarms.moderateExceedanceAt("ENT-0001")).alarm().processInstanceId());

		var noReason = Http.as(port, "chenjun").post("/api/tasks/" + task + "/reassignment",
				"{\"assignee\": \"liuyang\", \"reason\": \" \"}");
		var otherLeader = Http.as(port, "hemin").post("/api/tasks/" + task + "/reassignment",
				"{\"assignee\": \"zhaolei\", \"reason\": \"调走\"}");
		var outOfSquadron = Http.as(port, "chenjun").post("/api/tasks/" + task + "/reassignment",
				"{\"assignee\": \"zhaolei\", \"reason\": \"调走\"}");
		var inspector = Http.as(port, "liuyang").post("/api/tasks/" + task + "/reassignment",
				"{\"assignee\": \"liuyang\", \"reason\": \"我来\"}");

		assertThat(noReason.status()).isEqualTo(400);
		assertThat(otherLeader.status()).isEqualTo(403);
		assertThat(outOfSquadron.status()).isEqualTo(403);
		assertThat(inspector.status()).isEqualTo(403);
		assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo("wangqiang");
	}

	@Test
	void aSupervisorReassignsAcrossSquadrons() {
		String task = taskOf(alarms.raise(Alarms.moderateExceedanceAt("ENT-0001")).alarm().processInstanceId());

		var moved = Http.as(port, "sunli").post("/api/tasks/" + task + "/reassignment",
				"{\"assignee\": \"zhaolei\", \"reason\": \"高新中队全员出勤，跨中队支援\"}");

		assertThat(moved.status()).isEqualTo(200);
		assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo("zhaolei");
	}

	@Test
	void theDialogOffersALeaderHisOwnSquadronAndASupervisorEveryoneButNobodyElse() {
		String task = taskOf(alarms.raise(Alarms.moderateExceedanceAt("ENT-0001")).alarm().processInstanceId());

		var leaders = Http.as(port, "chenjun").get("/api/tasks/" + task + "/reassignment");
		var supervisors = Http.as(port, "sunli").get("/api/tasks/" + task + "/reassignment");

		assertThat(leaders.status()).isEqualTo(200);
		assertThat(leaders.json().path("assigneeName").asText()).isEqualTo("王强（wangqiang）");
		assertThat(leaders.json().path("groups")).singleElement().satisfies(group -> {
			assertThat(group.path("name").asText()).endsWith("中队");
			assertThat(group.path("officers").findValuesAsText("userId")).contains("liuyang")
				.doesNotContain("wangqiang", "zhaolei");
			assertThat(group.path("officers").findValuesAsText("name")).contains("刘洋");
		});
		assertThat(supervisors.status()).isEqualTo(200);
		assertThat(supervisors.json().path("groups").findValuesAsText("userId")).contains("liuyang", "zhaolei")
			.doesNotContain("wangqiang");
		assertThat(supervisors.json().path("groups").size()).isGreaterThan(1);
		var otherLeader = Http.as(port, "hemin").get("/api/tasks/" + task + "/reassignment");
		assertThat(otherLeader.status()).isEqualTo(403);
		assertThat(otherLeader.body()).contains("中队长只能在本中队内改派本中队的任务");
		assertThat(Http.as(port, "liuyang").get("/api/tasks/" + task + "/reassignment").status()).isEqualTo(403);
	}

	private String taskOf(String instance) {
		return tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
	}

}
