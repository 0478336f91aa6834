package cn.eco.enforcement.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.security.MessageDigest;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import cn.eco.enforcement.alarm.AlarmApi;
import cn.eco.enforcement.casework.internal.CaseRecords;
import cn.eco.enforcement.enterprise.EnterpriseApi;
import cn.eco.enforcement.enterprise.EnterpriseData;
import cn.eco.enforcement.identity.MatrixCase;
import cn.eco.enforcement.support.Http;
import cn.eco.enforcement.support.IntegrationTest;
import cn.eco.enforcement.support.PostgresTestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dossier of a case (结案归档): a case walked from the alarm to 结案 is bound as one PDF whose
 * table of contents points at the pages where its parts start, and packed as a ZIP whose manifest
 * holds the SHA-256 of each file; an open case gets a dossier marked 未结案; only the case's readers
 * get either.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseDossierTests {

	private static final AtomicInteger FIRMS = new AtomicInteger();

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	@Autowired
	ProcessEngine engine;

	@Autowired
	AlarmApi alarms;

	@Autowired
	EnterpriseApi enterprises;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CaseRecords records;

	@LocalServerPort
	int port;

	long closedCase;

	String closingForm;

	@BeforeAll
	void walkACaseToClosed() {
		MatrixCase filed = MatrixCase.file(engine, alarms, jdbc, newFirm());
		ProcessInstance caseFiling = engine.getRuntimeService().createProcessInstanceQuery()
			.processInstanceId(filed.caseInstance()).singleResult();
		as("wangqiang", () -> complete(task(caseFiling), withVariables("facts", "当事人除尘设施故障期间继续生产，超标排放颗粒物",
				"evidenceList", "现场检查笔录\n在线监测数据", "inquiryRecord", "法定代表人承认设施故障", "violationType", "EXCEEDANCE",
				"severity", "GENERAL", "durationDays", 5L, "correctedPromptly", false,
				"violatedProvision", "《中华人民共和国大气污染防治法》第十八条")));
		as("liuyang", () -> complete(task(caseFiling), withVariables("cosignConfirmed", true, "cosignOpinion", "确认")));
		as("sunli", () -> complete(task(caseFiling), withVariables("caseOutcome", "PENALTY", "fineAmount", 20000L,
				"penaltyProvision", "《中华人民共和国大气污染防治法》第九十九条", "correctionOrdered", false,
				"reviewOpinion", "事实清楚，证据确凿")));
		as("wangqiang", () -> complete(task(caseFiling), withVariables("partyStatement", "无", "hearingRequested", false)));
		moveClockDays(3);
		as("sunli", () -> complete(task(caseFiling), withVariables("decisionFineAmount", 20000L, "decisionOpinion", "同意")));
		moveClockDays(2);
		as("wangqiang", () -> complete(task(caseFiling), withVariables("serviceMethod", "DIRECT", "servedOn", today())));
		moveClockDays(10);
		as("wangqiang", () -> complete(task(caseFiling), withVariables("executionOutcome", "PAID", "paidOn", today(),
				"amountPaid", 20000L)));
		closingForm = text(engine.getFormService().getDeployedTaskForm(task(caseFiling).getId()));
		as("sunli", () -> complete(task(caseFiling), withVariables("closingOpinion", "处罚已执行完毕，结案")));
		closedCase = filed.caseId();
		assertThat(column(closedCase, "status")).isEqualTo("CLOSED");
	}

	@AfterAll
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void theDossierOfAClosedCaseHasItsCoverContentsDocumentsDecisionAndAuditTrailOnThePagesTheContentsName() {
		HttpResponse<byte[]> response = get("zhoumin", "/api/cases/" + closedCase + "/dossier");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
		String number = column(closedCase, "case_number");

		try (PDDocument pdf = Loader.loadPDF(response.body())) {
			String cover = page(pdf, 1);
			assertThat(cover).contains("行政处罚案卷", number, party(closedCase), "超标排放（违反《中华人民共和国大气污染防治法》第十八条）",
					"襄阳市生态环境局", "wangqiang、liuyang", "30年", "共" + pdf.getNumberOfPages() + "页").doesNotContain("未结案");

			Map<String, Integer> contents = contents(page(pdf, 2, false));
			assertThat(contents.keySet()).containsExactly("立案审批表", "行政处罚事先告知书", "行政处罚决定书", "证据清单",
					"处罚决定与执行情况", "案件办理记录（哈希链）", "告警闭环处置记录");
			int previous = 2;
			for (var part : contents.entrySet()) {
				assertThat(part.getValue()).as(part.getKey()).isGreaterThan(previous);
				assertThat(head(pdf, part.getValue())).as("page %d starts %s", part.getValue(), part.getKey())
					.contains(part.getKey());
				assertThat(page(pdf, part.getValue())).contains("案卷第" + part.getValue() + "页");
				previous = part.getValue();
			}

			String all = new PDFTextStripper().getText(pdf).replaceAll("\\s", "");
			assertThat(all).contains("决定书文号" + number, "贰万元整", "哈希链校验：完整", "办理人：wangqiang")
				.doesNotContain("未结案");
			assertThat(jdbc.sql("""
					SELECT e.sha256 FROM evidence_item e JOIN enforcement_case c ON c.alarm_id = e.alarm_id
					WHERE c.id = ?""").param(closedCase).query(String.class).list())
				.as("the on-site photo, listed with its SHA-256")
				.isNotEmpty()
				.allSatisfy(sha -> assertThat(all).contains(sha.strip()));
			assertThat(jdbc.sql("SELECT hash FROM case_event WHERE case_id = ? AND seq < (SELECT event_seq FROM case_dossier WHERE case_id = ?)")
				.params(closedCase, closedCase)
				.query(String.class).list())
				.as("every entry up to the one that records the filed dossier's own hash")
				.isNotEmpty()
				.allSatisfy(hash -> assertThat(all).contains("SHA-256：" + hash));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Test
	void theZipHoldsTheDossierAndTheDocumentsWithTheirSha256InTheManifest() throws Exception {
		HttpResponse<byte[]> response = get("sunli", "/api/cases/" + closedCase + "/dossier.zip");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/zip");
		Map<String, byte[]> entries = unzip(response.body());
		JsonNode manifest = new ObjectMapper().readTree(entries.remove("manifest.json"));

		String number = column(closedCase, "case_number");
		assertThat(manifest.get("caseNumber").asText()).isEqualTo(number);
		assertThat(manifest.get("generatedBy").asText()).isEqualTo("sunli");
		assertThat(manifest.get("generatedAt").asText()).isNotBlank();
		assertThat(manifest.get("closed").asBoolean()).isTrue();
		List<String> listed = new ArrayList<>();
		for (JsonNode file : manifest.get("files")) {
			String name = file.get("name").asText();
			listed.add(name);
			assertThat(entries).containsKey(name);
			assertThat(file.get("sha256").asText()).as(name).isEqualTo(sha256(entries.get(name)));
		}
		assertThat(listed).containsExactlyInAnyOrderElementsOf(entries.keySet());
		assertThat(listed).contains(number + "-案卷.pdf").filteredOn(n -> n.startsWith("文书/")).hasSize(3);
	}

	@Test
	void aClosedCaseServesTheDossierFiledAtClosingWhoseSha256IsOnItsTimeline() throws Exception {
		HttpResponse<byte[]> pdf = get("wangqiang", "/api/cases/" + closedCase + "/dossier");
		HttpResponse<byte[]> zip = get("zhoumin", "/api/cases/" + closedCase + "/dossier.zip");
		Map<String, String> filing = jdbc.sql("SELECT actor, description FROM case_event WHERE case_id = ? AND stage = '归档'")
			.param(closedCase)
			.query((rs, i) -> Map.of("actor", rs.getString(1), "description", rs.getString(2)))
			.single();

		assertThat(pdf.headers().firstValue("X-Dossier")).hasValue("filed");
		assertThat(pdf.headers().firstValue("ETag")).hasValue('"' + sha256(pdf.body()) + '"');
		assertThat(filing.get("actor")).as("filed by the supervisor who approved the closing").isEqualTo("sunli");
		assertThat(filing.get("description")).contains("SHA-256 " + sha256(pdf.body()), "SHA-256 " + sha256(zip.body()));
		Map<String, byte[]> entries = unzip(zip.body());
		assertThat(entries.get(column(closedCase, "case_number") + "-案卷.pdf")).as("the ZIP holds the same PDF")
			.isEqualTo(pdf.body());
		JsonNode manifest = new ObjectMapper().readTree(entries.get("manifest.json"));
		assertThat(manifest.get("generatedBy").asText()).as("who closed it, not who downloads it").isEqualTo("sunli");

		records.event(closedCase, java.time.OffsetDateTime.now(), "查阅", "zhoumin", "审计调阅案卷");
		assertThat(get("sunli", "/api/cases/" + closedCase + "/dossier").body()).as("what was filed stays what is handed out")
			.isEqualTo(pdf.body());
		assertThat(get("sunli", "/api/cases/" + closedCase + "/dossier.zip").body()).isEqualTo(zip.body());
		assertThat(Http.as(port, "zhoumin").get("/api/cases/" + closedCase + "/integrity").json().get("status").asText())
			.isEqualTo("intact");
	}

	@Test
	void aFiledDossierReplacedBehindTheApplicationsBackIsNamed() throws Exception {
		byte[] filed = get("sunli", "/api/cases/" + closedCase + "/dossier").body();
		long open = MatrixCase.file(engine, alarms, jdbc, newFirm()).caseId();
		byte[] other = get("sunli", "/api/cases/" + open + "/dossier").body();
		int seq = jdbc.sql("SELECT event_seq FROM case_dossier WHERE case_id = ?").param(closedCase).query(Integer.class).single();

		replaceFiledPdf(closedCase, other);
		try {
			JsonNode report = Http.as(port, "zhoumin").get("/api/cases/" + closedCase + "/integrity").json();
			assertThat(report.get("status").asText()).isEqualTo("broken");
			assertThat(report.get("firstBrokenEntry").get("record").asText()).isEqualTo("归档案卷");
			assertThat(report.get("reason").asText())
				.isEqualTo("归档案卷的 SHA-256 与案件记录第 " + seq + " 条（归档）登记的不符：案卷在归档后被替换");
		}
		finally {
			replaceFiledPdf(closedCase, filed);
		}
		assertThat(Http.as(port, "zhoumin").get("/api/cases/" + closedCase + "/integrity").json().get("status").asText())
			.isEqualTo("intact");
		assertThatThrownBy(() -> jdbc.sql("UPDATE case_dossier SET filed_by = 'x' WHERE case_id = ?").param(closedCase).update())
			.as("the application's own role cannot rewrite it").hasMessageContaining("归档案卷（case_dossier）只能追加，不能修改");
	}

	/** What someone with the database's superuser password can do: swap the PDF and its recorded hash. */
	private static void replaceFiledPdf(long caseId, byte[] pdf) throws Exception {
		try (Connection connection = DriverManager.getConnection(PostgresTestDatabase.url(), PostgresTestDatabase.user(),
				PostgresTestDatabase.password())) {
			connection.createStatement().execute("SET session_replication_role = replica");
			try (var update = connection.prepareStatement("UPDATE case_dossier SET pdf = ?, pdf_sha256 = ? WHERE case_id = ?")) {
				update.setBytes(1, pdf);
				update.setString(2, sha256(pdf));
				update.setLong(3, caseId);
				assertThat(update.executeUpdate()).isEqualTo(1);
			}
		}
	}

	@Test
	void onlyThoseWhoReadTheCaseGetItsDossier() {
		for (String path : List.of("/dossier", "/dossier.zip")) {
			assertThat(get("zhaolei", "/api/cases/" + closedCase + path).statusCode()).as("an unrelated inspector").isEqualTo(404);
			assertThat(get("wangqiang", "/api/cases/" + closedCase + path).statusCode()).as("its investigator").isEqualTo(200);
			assertThat(get("zhoumin", "/api/cases/999999999" + path).statusCode()).as("no such case").isEqualTo(404);
		}
	}

	@Test
	void anOpenCaseGetsAProvisionalDossierMarkedUnclosedAndTheClosingFormLinksToIt() throws Exception {
		long open = MatrixCase.file(engine, alarms, jdbc, newFirm()).caseId();

		try (PDDocument pdf = Loader.loadPDF(get("sunli", "/api/cases/" + open + "/dossier").body())) {
			assertThat(page(pdf, 1)).contains("未结案·临时案卷", "待调查认定");
			for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
				assertThat(page(pdf, i)).as("page %d", i).contains("未结案案卷第" + i + "页");
			}
		}
		Map<String, byte[]> zip = unzip(get("sunli", "/api/cases/" + open + "/dossier.zip").body());
		JsonNode manifest = new ObjectMapper().readTree(zip.get("manifest.json"));
		assertThat(manifest.get("closed").asBoolean()).isFalse();
		assertThat(manifest.get("status").asText()).startsWith("未结案");
		assertThat(closingForm).contains("(/api/cases/{{caseId}}/dossier)", "(/api/cases/{{caseId}}/dossier.zip)");
	}

	/** The table of contents: each title with the page number in its row. */
	private static Map<String, Integer> contents(String page) {
		Map<String, Integer> rows = new LinkedHashMap<>();
		Matcher row = Pattern.compile("(?m)^(\\d+) (\\S+) .* (\\d+)$").matcher(page);
		while (row.find()) {
			rows.put(row.group(2), Integer.parseInt(row.group(3)));
		}
		return rows;
	}

	/** The first lines of the page below the page-number stamp, without white space. */
	private static String head(PDDocument pdf, int number) throws IOException {
		List<String> lines = page(pdf, number, false).lines().filter(l -> !l.contains("案卷第")).limit(3).toList();
		return String.join("", lines).replaceAll("\\s", "");
	}

	private static String page(PDDocument pdf, int number) throws IOException {
		return page(pdf, number, true);
	}

	private static String page(PDDocument pdf, int number, boolean compact) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setSortByPosition(true);
		stripper.setStartPage(number);
		stripper.setEndPage(number);
		String text = stripper.getText(pdf);
		return compact ? text.replaceAll("\\s", "") : text;
	}

	private HttpResponse<byte[]> get(String user, String path) {
		try {
			return CLIENT.send(Http.as(port, user).request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		return entries;
	}

	private static String sha256(byte[] content) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}

	private String newFirm() {
		long unique = System.nanoTime() % 10_000_000_000L;
		String code = "ENT-DS" + FIRMS.incrementAndGet() + "-" + unique % 100_000;
		var row = new EnterpriseData(code, "襄阳归档" + code + "化工有限公司", "91420600" + String.format("%010d", unique),
				"湖北省襄阳市高新区团山镇测试路2号", 112.19, 32.04, "TS-GX-TUANSHAN", "化学原料制造", "ORDINARY", List.of("a34000"),
				"wangqiang", "liuyang", null);
		assertThat(enterprises.save(Map.of(1, row)).created()).isEqualTo(1);
		return code;
	}

	private String party(long caseId) {
		return jdbc.sql("SELECT e.name FROM enforcement_case c JOIN enterprise e ON e.code = c.enterprise_code WHERE c.id = ?")
			.param(caseId).query(String.class).single();
	}

	private String column(long caseId, String column) {
		return jdbc.sql("SELECT " + column + " FROM enforcement_case WHERE id = ?").param(caseId).query(String.class).single();
	}

	private void as(String user, Runnable action) {
		MatrixCase.as(engine, user, action);
	}

	private static String text(java.io.InputStream in) {
		try (in) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void moveClockDays(int days) {
		ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + days * 86_400_000L));
	}

	private static String today() {
		return ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate().toString();
	}

}
