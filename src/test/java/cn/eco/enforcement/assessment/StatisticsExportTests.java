package cn.eco.enforcement.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import cn.eco.enforcement.alarm.AlarmApi;
import cn.eco.enforcement.enterprise.EnterpriseApi;
import cn.eco.enforcement.support.Alarms;
import cn.eco.enforcement.support.Http;
import cn.eco.enforcement.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The CSV and XLSX exports and the page show the same numbers as the JSON table. */
@IntegrationTest
class StatisticsExportTests {

	static final List<String> FIELDS = List.of("enterprisesInspected", "problemsFound", "inspectionRecords", "caseLeads",
			"casesHandled", "casesFiled");

	@Autowired
	ProcessEngine engine;

	@Autowired
	AlarmApi alarms;

	@Autowired
	EnterpriseApi enterprises;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@LocalServerPort
	int port;

	@Test
	void csvAndXlsxExportsReadBackWithTheNumbersOfTheJsonTable() throws Exception {
		OwnUnit unit = OwnUnit.create(jdbc, engine.getIdentityService());
		handleOnSite(unit.enterprise(enterprises, "KEY", unit.inspectorA(), null));
		String query = "?month=" + YearMonth.now(clock) + "&branch=" + unit.branch();
		Http supervisor = Http.as(port, "sunli");

		JsonNode json = supervisor.get("/api/statistics/inspectors" + query).json();
		List<List<String>> expected = new ArrayList<>();
		json.forEach(row -> expected.add(values(row.get("inspector").asText(), row)));
		assertThat(expected).anyMatch(row -> row.get(0).equals(unit.inspectorA()) && row.get(3).equals("1"));

		byte[] csv = download(supervisor, "/api/statistics/inspectors.csv" + query, "text/csv");
		assertThat(new byte[] { csv[0], csv[1], csv[2] }).as("UTF-8 byte-order mark for Excel")
			.containsExactly(0xEF, 0xBB, 0xBF);
		List<String> lines = new String(csv, StandardCharsets.UTF_8).substring(1).lines().toList();
		assertThat(lines.get(0)).startsWith("执法人员账号,姓名,中队,分局,检查企业数,发现问题数,检查记录数,收集案源数,办理案件数,立案数");
		List<List<String>> csvRows = lines.subList(1, lines.size() - 1).stream().map(line -> {
			String[] cells = line.split(",", -1);
			List<String> row = new ArrayList<>(List.of(cells[0]));
			row.addAll(List.of(cells).subList(4, 10));
			return row;
		}).toList();
		assertThat(csvRows).isEqualTo(expected);
		assertThat(lines.get(lines.size() - 1)).startsWith("合计,");

		byte[] xlsx = download(supervisor, "/api/statistics/inspectors.xlsx" + query,
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter format = new DataFormatter();
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("执法人员监督检查工作统计表");
			assertThat(format.formatCellValue(sheet.getRow(1).getCell(4))).isEqualTo("检查企业数");
			List<List<String>> xlsxRows = new ArrayList<>();
			for (int r = 2; r < sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				List<String> cells = new ArrayList<>(List.of(format.formatCellValue(row.getCell(0))));
				for (int c = 4; c < 10; c++) {
					cells.add(format.formatCellValue(row.getCell(c)));
				}
				xlsxRows.add(cells);
			}
			assertThat(xlsxRows).isEqualTo(expected);
			assertThat(format.formatCellValue(sheet.getRow(sheet.getLastRowNum()).getCell(0))).isEqualTo("合计");
		}
	}

	@Test
	void pageShowsTheTableTheChartsAndTheDefinitions() {
		OwnUnit unit = OwnUnit.create(jdbc, engine.getIdentityService());
		handleOnSite(unit.enterprise(enterprises, "ORDINARY", unit.inspectorB(), null));
		Http leader = Http.as(port, "chenjun");

		var page = leader.send(leader.request("/api/statistics/inspectors?squadron=" + unit.squadron()).header("Accept", "text/html").GET());

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.contentType()).startsWith("text/html");
		assertThat(page.body()).contains("执法人员监督检查工作统计表", "测试甲" + unit.inspectorA(), "统计口径",
				"inspectors.xlsx?month=", "squadron=" + unit.squadron());
		String chart = page.body().substring(page.body().indexOf("执法人员（有记录者）"));
		assertThat(chart).as("only inspectors with records are charted")
			.contains("<svg", "测试乙" + unit.inspectorB())
			.doesNotContain("测试甲" + unit.inspectorA());
	}

	private void handleOnSite(String enterpriseCode) {
		TaskService tasks = engine.getTaskService();
		String instance = alarms.raise(Alarms.moderateExceedanceAt(enterpriseCode)).alarm().processInstanceId();
		tasks.complete(tasks.createTaskQuery().processInstanceId(instance).singleResult().getId());
		tasks.complete(tasks.createTaskQuery().processInstanceId(instance).singleResult().getId(),
				java.util.Map.of("inspectionRecord", "排口采样", "violationFound", false));
	}

	private static List<String> values(String first, JsonNode row) {
		List<String> values = new ArrayList<>(List.of(first));
		FIELDS.forEach(f -> values.add(row.get(f).asText()));
		return values;
	}

	private byte[] download(Http user, String path, String type) throws Exception {
		HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient()
			.send(user.request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith(type);
		assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
		return response.body();
	}

}
