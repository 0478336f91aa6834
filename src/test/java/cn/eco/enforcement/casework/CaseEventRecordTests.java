package cn.eco.enforcement.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import cn.eco.enforcement.alarm.AlarmApi;
import cn.eco.enforcement.enterprise.EnterpriseApi;
import cn.eco.enforcement.enterprise.EnterpriseData;
import cn.eco.enforcement.identity.MatrixCase;
import cn.eco.enforcement.support.Http;
import cn.eco.enforcement.support.IntegrationTest;
import cn.eco.enforcement.support.PostgresTestDatabase;
import cn.eco.enforcement.support.TestPhotos;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What happens to a case besides its stages is on its hash chain too, each entry by the person who
 * did it: a document issued (with the file's SHA-256), evidence added (also what the alarm's loop
 * gathered before it became a case), a re-assignment with its reason and both names. {@code GET
 * /api/cases/{id}/integrity} stays intact with them and names such an entry, or an evidence file,
 * changed behind the application's back.
 */
@IntegrationTest
class CaseEventRecordTests {

	private static final AtomicInteger FIRMS = new AtomicInteger();

	private static final AtomicInteger PHOTOS = new AtomicInteger(70_000);

	@Autowired
	ProcessEngine engine;

	@Autowired
	AlarmApi alarms;

	@Autowired
	EnterpriseApi enterprises;

	@Autowired
	JdbcClient jdbc;

	@Value("${app.evidence.directory}")
	Path evidenceDirectory;

	@LocalServerPort
	int port;

	@Test
	void aDocumentIssuedIsOnTheChainByItsIssuerWithTheFilesSha256() {
		MatrixCase filed = MatrixCase.file(engine, alarms, jdbc, newFirm());
		byte[] form = jdbc.sql("SELECT content FROM case_document WHERE id = ?").param(filed.documentId())
			.query(byte[].class).single();

		assertThat(entries(filed.caseId(), "制作文书")).singleElement().satisfies(entry -> {
			assertThat(entry.actor()).isEqualTo("sunli");
			assertThat(entry.description()).contains("《立案审批表》", "文书 #" + filed.documentId(), "SHA-256 " + sha256(form));
		});
		assertThat(integrity(filed.caseId()).get("status").asText()).isEqualTo("intact");
	}

	@Test
	void evidenceOfTheLoopIsEnteredWhenTheCaseOpensAndEvidenceAddedLaterWhenItIsAdded() {
		MatrixCase filed = MatrixCase.file(engine, alarms, jdbc, newFirm());
		String onSitePhoto = jdbc.sql("SELECT sha256 FROM evidence_item WHERE alarm_id = ?").param(filed.alarmId())
			.query(String.class).single().strip();

		byte[] photo = TestPhotos.jpeg(PHOTOS.incrementAndGet());
		var upload = upload("wangqiang", filed.alarmId(), "调查取证-车间.jpg", photo);
		assertThat(upload.status()).as(upload.body()).isEqualTo(201);

		List<Entry> evidence = entries(filed.caseId(), "证据");
		assertThat(evidence).hasSize(2);
		assertThat(evidence.get(0).actor()).as("the inspector who took it on site").isEqualTo("wangqiang");
		assertThat(evidence.get(0).description()).contains("现场照片.jpg", "SHA-256 " + onSitePhoto, "移送立案时登记入卷");
		assertThat(evidence.get(1).actor()).isEqualTo("wangqiang");
		assertThat(evidence.get(1).description()).contains("调查取证-车间.jpg", "image/jpeg", photo.length + " 字节",
				"SHA-256 " + sha256(photo)).doesNotContain("移送立案时");
		assertThat(evidence.get(0).seq()).as("entered before the filing decision").isLessThan(entries(filed.caseId(), "立案")
			.get(0).seq());
		JsonNode report = integrity(filed.caseId());
		assertThat(report.get("status").asText()).isEqualTo("intact");
		assertThat(report.get("entries").asInt()).as("the chain and both evidence files")
			.isEqualTo(entries(filed.caseId(), null).size() + 2);
	}

	@Test
	void anEvidenceFileReplacedInTheStoreOrARecordedHashChangedIsNamed() throws Exception {
		MatrixCase filed = MatrixCase.file(engine, alarms, jdbc, newFirm());
		byte[] photo = TestPhotos.jpeg(PHOTOS.incrementAndGet());
		long item = upload("wangqiang", filed.alarmId(), "暗管.jpg", photo).json().get(0).get("id").asLong();
		String sha = sha256(photo);

		Files.write(evidenceDirectory.resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha),
				TestPhotos.jpeg(PHOTOS.incrementAndGet()));
		JsonNode replaced = integrity(filed.caseId());

		assertThat(replaced.get("status").asText()).isEqualTo("broken");
		assertThat(replaced.get("firstBrokenEntry").get("record").asText()).isEqualTo("证据文件");
		assertThat(replaced.get("firstBrokenEntry").get("id").asLong()).isEqualTo(item);
		assertThat(replaced.get("reason").asText()).isEqualTo("证据 #" + item + "《暗管.jpg》的文件内容与登记的 SHA-256 不符：证据文件被替换或改动");

		String other = sha256(TestPhotos.jpeg(PHOTOS.get()));
		asSuperuser("UPDATE evidence_item SET sha256 = '" + other + "' WHERE id = " + item);
		assertThat(integrity(filed.caseId()).get("reason").asText()).as("the store and the table agree, the chain does not")
			.startsWith("证据 #" + item + "《暗管.jpg》所存的 SHA-256 与案件记录第 ").endsWith("条登记的不符：证据记录被改动");
	}

	@Test
	void aReassignmentInTheCaseIsOnTheChainWithTheReasonBothNamesAndWhoMadeIt() throws SQLException {
		MatrixCase filed = MatrixCase.file(engine, alarms, jdbc, newFirm());
		String task = engine.getTaskService().createTaskQuery().processInstanceId(filed.caseInstance()).singleResult().getId();

		var moved = Http.as(port, "chenjun").post("/api/tasks/" + task + "/reassignment", """
				{"assignee": "liuyang", "reason": "王强借调省厅专项督察"}""");

		assertThat(moved.status()).as(moved.body()).isEqualTo(200);
		Entry entry = entries(filed.caseId(), "改派").get(0);
		assertThat(entry.actor()).isEqualTo("chenjun");
		assertThat(entry.description()).contains("调查取证", "王强（wangqiang）", "刘洋（liuyang）", "陈军（chenjun）",
				"原因：王强借调省厅专项督察");
		assertThat(integrity(filed.caseId()).get("status").asText()).isEqualTo("intact");

		asSuperuser("UPDATE case_event SET actor = 'liuyang' WHERE case_id = " + filed.caseId() + " AND seq = " + entry.seq());
		JsonNode report = integrity(filed.caseId());
		assertThat(report.get("status").asText()).isEqualTo("broken");
		assertThat(report.get("firstBrokenEntry").get("stage").asText()).isEqualTo("改派");
		assertThat(report.get("firstBrokenEntry").get("actor").asText()).isEqualTo("liuyang");
		assertThat(report.get("reason").asText()).isEqualTo("案件记录第 " + entry.seq() + " 条的内容与其哈希不符：记录写入后被改动");
	}

	@Test
	void aReassignmentOfALoopTaskWithoutACaseLeavesNoCaseEntry() {
		String instance = alarms.raise(cn.eco.enforcement.support.Alarms.moderateExceedanceAt(newFirm())).alarm().processInstanceId();
		String task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId();

		assertThat(Http.as(port, "chenjun").post("/api/tasks/" + task + "/reassignment",
				"{\"assignee\": \"liuyang\", \"reason\": \"王强外出\"}").status()).isEqualTo(200);

		assertThat(jdbc.sql("SELECT count(*) FROM case_event WHERE stage = '改派' AND description LIKE ?")
			.param("%王强外出%").query(Long.class).single()).isZero();
	}

	record Entry(int seq, String stage, String actor, String description) {
	}

	/** The case's chain entries of one stage (all when null), in chain order. */
	private List<Entry> entries(long caseId, String stage) {
		return jdbc.sql("SELECT seq, stage, actor, description FROM case_event WHERE case_id = ? ORDER BY seq")
			.param(caseId)
			.query(Entry.class)
			.list()
			.stream()
			.filter(e -> stage == null || e.stage().equals(stage))
			.toList();
	}

	private JsonNode integrity(long caseId) {
		var response = Http.as(port, "zhoumin").get("/api/cases/" + caseId + "/integrity");
		assertThat(response.status()).isEqualTo(200);
		return response.json();
	}

	private Http.Response upload(String user, long alarmId, String name, byte[] content) {
		String boundary = "case-event-boundary-Qx7";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return Http.as(port, user).send(Http.as(port, user).request("/api/alarms/" + alarmId + "/evidence")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	/** What someone with the database's superuser password can do: switch triggers off and edit. */
	private static void asSuperuser(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(PostgresTestDatabase.url(), PostgresTestDatabase.user(),
				PostgresTestDatabase.password()); var statement = connection.createStatement()) {
			statement.execute("SET session_replication_role = replica");
			assertThat(statement.executeUpdate(sql)).isEqualTo(1);
		}
	}

	private static String sha256(byte[] content) {
		return cn.eco.enforcement.casework.internal.CaseEventDigest.sha256(content);
	}

	private String newFirm() {
		long unique = System.nanoTime() % 10_000_000_000L;
		String code = "ENT-CE" + FIRMS.incrementAndGet() + "-" + unique % 100_000;
		var row = new EnterpriseData(code, "襄阳记录" + code + "化工有限公司", "91420600" + String.format("%010d", unique),
				"湖北省襄阳市高新区团山镇测试路3号", 112.19, 32.04, "TS-GX-TUANSHAN", "化学原料制造", "ORDINARY", List.of("a34000"),
				"wangqiang", "liuyang", null);
		assertThat(enterprises.save(Map.of(1, row)).created()).isEqualTo(1);
		return code;
	}

}
