package cn.eco.enforcement.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;

import cn.eco.enforcement.alarm.AlarmApi;
import cn.eco.enforcement.alarm.AlarmSourceType;
import cn.eco.enforcement.alarm.RaiseAlarm;
import cn.eco.enforcement.support.Alarms;
import cn.eco.enforcement.support.Http;
import cn.eco.enforcement.support.Http.Response;
import cn.eco.enforcement.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Inspectors and squadron leaders read alarms, enterprise files and the personal data in them only
 * for their own squadron's grid; supervisors, auditors and the administrator read the whole city.
 * What a list shows is what the same person may open; the rest is 404 with Chinese problem details,
 * as for something that does not exist. Demo grid: ENT-0001 and station ST-TZW lie in 高新执法一中队
 * (wangqiang, liuyang, leader chenjun), ENT-0006 and ST-XCQZF in 襄城执法一中队 (zhaolei, leader hemin).
 */
@IntegrationTest
class GridScopeTests {

	private static final String COMPLAINANT_PHONE = "13907105566";

	@LocalServerPort
	int port;

	@Autowired
	AlarmApi alarms;

	@Test
	void inspectorOfAnotherSquadronCannotReadAlarm() {
		long alarm = complaintAt("ENT-0001");

		Response zhaolei = as("zhaolei").get("/api/alarms/" + alarm);

		assertNotFound(zhaolei, "告警不存在或不在本人辖区");
		assertThat(zhaolei.body()).doesNotContain(COMPLAINANT_PHONE, "张秀兰");
		assertNotFound(as("hemin").get("/api/alarms/" + alarm), "告警不存在或不在本人辖区");
		for (String reader : List.of("wangqiang", "liuyang", "chenjun", "sunli", "zhoumin", "demo")) {
			Response answer = as(reader).get("/api/alarms/" + alarm);
			assertThat(answer.status()).as(reader).isEqualTo(200);
			assertThat(answer.body()).as(reader).contains(COMPLAINANT_PHONE);
		}
	}

	@Test
	void inspectorOfAnotherSquadronCannotReadStationAlarm() {
		long alarm = alarms.raise(Alarms.ambientAlarmAt("ST-TZW")).alarm().id();

		assertThat(as("wangqiang").get("/api/alarms/" + alarm).status()).isEqualTo(200);
		assertNotFound(as("zhaolei").get("/api/alarms/" + alarm), "告警不存在或不在本人辖区");
	}

	@Test
	void alarmListShowsOnlyAlarmsTheInspectorMayOpen() {
		long ours = complaintAt("ENT-0006");
		long theirs = complaintAt("ENT-0001");

		JsonNode listed = as("zhaolei").get("/api/alarms?limit=1000").json();

		assertThat(listed.findValuesAsText("id")).contains(Long.toString(ours)).doesNotContain(Long.toString(theirs));
		for (JsonNode alarm : listed) {
			assertThat(as("zhaolei").get("/api/alarms/" + alarm.get("id").asText()).status()).as(alarm.toString())
				.isEqualTo(200);
		}
		assertThat(as("zhaolei").get("/api/alarms?enterpriseCode=ENT-0001").json()).isEmpty();
		assertThat(as("zhoumin").get("/api/alarms?limit=1000").json().findValuesAsText("id"))
			.contains(Long.toString(ours), Long.toString(theirs));
	}

	@Test
	void inspectorOfAnotherSquadronCannotOpenEnterpriseFile() {
		assertNotFound(as("zhaolei").get("/api/enterprises/ENT-0001/file"), "企业不存在或不在本人辖区");
		assertNotFound(as("zhaolei").get("/api/enterprises/ENT-0001/positive-list"), "企业不存在或不在本人辖区");
		assertThat(as("zhaolei").get("/api/enterprises/ENT-0006/file").status()).isEqualTo(200);
		assertThat(as("wangqiang").get("/api/enterprises/ENT-0001/file").status()).isEqualTo(200);
		assertThat(as("sunli").get("/api/enterprises/ENT-0006/file").status()).isEqualTo(200);
	}

	@Test
	void enterpriseListShowsOnlyFirmsWhoseFilesTheInspectorMayOpen() {
		JsonNode listed = as("zhaolei").get("/api/enterprises").json();

		assertThat(listed.findValuesAsText("code")).contains("ENT-0006").doesNotContain("ENT-0001");
		assertThat(listed.findValuesAsText("squadron")).containsOnly("XY-XC-SQ1");
		for (String code : listed.findValuesAsText("code")) {
			assertThat(as("zhaolei").get("/api/enterprises/" + code + "/file").status()).as(code).isEqualTo(200);
		}
		assertThat(as("zhoumin").get("/api/enterprises").json().findValuesAsText("squadron")).contains("XY-XC-SQ1",
				"XY-GX-SQ1");
	}

	@Test
	void mapShowsInspectorOnlyHisOwnGrid() {
		long theirs = complaintAt("ENT-0001");
		List<String> ownFirms = as("zhaolei").get("/api/enterprises").json().findValuesAsText("code");

		JsonNode markers = as("zhaolei").get("/api/map/markers").json();

		assertThat(markers).isNotEmpty();
		for (JsonNode marker : markers) {
			if (!marker.get("enterpriseCode").isNull()) {
				assertThat(ownFirms).as(marker.toString()).contains(marker.get("enterpriseCode").asText());
			}
		}
		assertThat(markers.findValuesAsText("id")).doesNotContain("ST-TZW", Long.toString(theirs));
		assertThat(as("sunli").get("/api/map/markers").json().findValuesAsText("enterpriseCode")).contains("ENT-0001",
				"ENT-0006");
	}

	@Test
	void inspectorCannotFileStewardReportForFirmOutsideHisGrid() {
		int before = openRectificationsOf("ENT-0001");

		Response refused = as("zhaolei").post("/api/enterprises/ENT-0001/steward-reports", """
				{"provider": "襄阳环保管家", "reportDate": "2026-11-01", "findings": ["危废贮存间无标识"]}""");

		assertNotFound(refused, "企业不存在或不在本人辖区");
		assertNotFound(as("zhaolei").post("/api/enterprises/ENT-0001/self-inspections", ""), "企业不存在或不在本人辖区");
		assertThat(openRectificationsOf("ENT-0001")).isEqualTo(before);
	}

	private int openRectificationsOf(String firm) {
		return as("sunli").get("/api/enterprises/" + firm + "/file").json().get("openRectifications").size();
	}

	private long complaintAt(String firm) {
		return alarms.raise(new RaiseAlarm(Alarms.uniqueId(), AlarmSourceType.COMPLAINT, firm, null, null, null, null,
				null, OffsetDateTime.now().minusMinutes(5), "群众张秀兰（电话 " + COMPLAINANT_PHONE + "）投诉夜间异味"))
			.alarm()
			.id();
	}

	private Http as(String user) {
		return Http.as(port, user);
	}

	private static void assertNotFound(Response answer, String detail) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(404);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.json().get("detail").asText()).startsWith(detail);
	}

}
