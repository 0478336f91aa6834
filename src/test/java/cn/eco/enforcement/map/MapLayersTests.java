package cn.eco.enforcement.map;

import static cn.eco.enforcement.map.EnforcementMapTests.find;
import static cn.eco.enforcement.map.EnforcementMapTests.ids;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.eco.enforcement.evidence.EvidenceApi;
import cn.eco.enforcement.maintenance.internal.OmInspections;
import cn.eco.enforcement.support.Alarms;
import cn.eco.enforcement.support.Http;
import cn.eco.enforcement.support.IntegrationTest;
import cn.eco.enforcement.support.TestPhotos;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;

/**
 * The map's layers of issue 17 (item 5): place-based alarms as markers of their own type at their
 * place, with source, address, township and status but never a complainant; open O&M findings at
 * their firm, for staff within their grid.
 */
@IntegrationTest
class MapLayersTests {

	/** In 卧龙镇 (TS-XC-WOLONG, 襄城执法一中队: zhaolei). */
	private static final double WOLONG_LATITUDE = 31.992;

	private static final double WOLONG_LONGITUDE = 112.010;

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@Autowired
	OmInspections inspections;

	@Autowired
	EvidenceApi evidence;

	@Test
	void eachKindOfPlaceBasedAlarmIsAMarkerOfItsOwnTypeWithItsPlaceAndNoComplainant() {
		Map<String, Long> raised = new HashMap<>();
		for (String source : List.of("STRAW_BURNING", "VIDEO_PATROL", "RIVER_PATROL", "COMPLAINT")) {
			String complainant = source.equals("COMPLAINT")
					? ", \"description\": \"夜里焚烧垃圾\", \"complainant\": {\"name\": \"李桂芳\", \"phone\": \"13986012345\", \"email\": \"ligf@example.cn\"}"
					: "";
			var answer = Http.as(port, "monitor").post("/api/alarms", """
					{"externalId": "%s", "sourceType": "%s", "observedAt": "%s", "latitude": %s, "longitude": %s,
					 "address": "卧龙镇七里村 %s"%s}""".formatted(Alarms.uniqueId(), source, OffsetDateTime.now().minusMinutes(5),
					WOLONG_LATITUDE, WOLONG_LONGITUDE, source, complainant));
			assertThat(answer.status()).as(answer.body()).isEqualTo(201);
			raised.put(source, answer.json().get("id").asLong());
		}

		for (String viewer : List.of("zhaolei", "sunli")) {
			var response = Http.as(port, viewer).get("/api/map/markers");
			assertThat(response.body()).as(viewer + ": no complainant on the map")
				.doesNotContain("13986012345", "李桂芳", "ligf@example.cn", "夜里焚烧垃圾");
			JsonNode markers = response.json();
			raised.forEach((source, id) -> {
				JsonNode marker = find(markers, source, String.valueOf(id));
				assertThat(marker.get("latitude").asDouble()).isEqualTo(WOLONG_LATITUDE);
				assertThat(marker.get("longitude").asDouble()).isEqualTo(WOLONG_LONGITUDE);
				JsonNode details = marker.get("details");
				assertThat(details.get("地址").asText()).isEqualTo("卧龙镇七里村 " + source);
				assertThat(details.get("乡镇（街道）").asText()).isEqualTo("卧龙镇");
				assertThat(details.get("状态").asText()).isNotBlank();
				assertThat(marker.get("status").asText()).isNotBlank();
				assertThat(ids(markers, "ALARM")).as("not also an ordinary alarm ring").doesNotContain(String.valueOf(id));
			});
			assertThat(find(markers, "STRAW_BURNING", String.valueOf(raised.get("STRAW_BURNING"))).get("details")
				.get("来源类型").asText()).isEqualTo("秸秆焚烧");
			assertThat(find(markers, "RIVER_PATROL", String.valueOf(raised.get("RIVER_PATROL"))).get("label").asText())
				.startsWith("河道巡查：卧龙镇七里村");
		}

		JsonNode fires = Http.as(port, "sunli").get("/api/map/markers?types=STRAW_BURNING").json();
		assertThat(fires.findValuesAsText("type")).containsOnly("STRAW_BURNING");
		assertThat(ids(fires, "STRAW_BURNING")).contains(String.valueOf(raised.get("STRAW_BURNING")));
		JsonNode withoutFires = Http.as(port, "sunli").get("/api/map/markers?types=ALARM,VIDEO_PATROL").json();
		assertThat(withoutFires.findValuesAsText("type")).doesNotContain("STRAW_BURNING", "COMPLAINT");
		assertThat(ids(withoutFires, "VIDEO_PATROL")).contains(String.valueOf(raised.get("VIDEO_PATROL")));
		assertThat(ids(Http.as(port, "wangqiang").get("/api/map/markers").json(), "STRAW_BURNING"))
			.as("another squadron's inspector does not see it").doesNotContain(String.valueOf(raised.get("STRAW_BURNING")));
	}

	@Test
	void anOpenOmFindingIsAMarkerAtItsFirmWithItsClassForSupervisorsAndTheSquadronOnly() {
		// XY-FG-0003-01: flue-gas CEMS of ENT-0003 (襄阳金源化工), in 高新执法一中队's grid (wangqiang, liuyang)
		var started = inspections.start("XY-FG-0003-01").orElseThrow();
		String instance = started.processInstanceId();
		// 现场照片 合格 needs a photo of the inspection.
		evidence.storeForOmInspection(started.inspectionId(), "photos", "omzhang",
				List.of(new EvidenceApi.Upload("站房.jpg", new ByteArrayResource(TestPhotos.jpeg(1)))));
		Map<String, Object> answers = new HashMap<>();
		List.of("probe", "calibration", "parameters", "operationLog", "dataFlags", "photos")
			.forEach(item -> answers.put(item + "Result", "PASS"));
		answers.putAll(Map.of("calibrationResult", "FAIL", "calibrationClass", "EQUIPMENT_FAULT", "calibrationNote",
				"零点漂移超限"));
		var task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
		engine.getTaskService().complete(task.getId(), answers);

		for (String viewer : List.of("sunli", "wangqiang")) {
			JsonNode findings = Http.as(port, viewer).get("/api/map/markers?types=OM_FINDING").json();
			assertThat(findings.findValuesAsText("type")).containsOnly("OM_FINDING");
			JsonNode marker = findings.findParents("enterpriseCode")
				.stream()
				.filter(m -> m.get("enterpriseCode").asText().equals("ENT-0003")
						&& m.get("details").path("设备").asText().contains("XY-FG-0003-01")
						&& m.get("status").asText().equals("EQUIPMENT_FAULT"))
				.findFirst()
				.orElse(null);
			assertThat(marker).as(viewer + " sees the finding").isNotNull();
			assertThat(marker.get("details").get("问题类别").asText()).isEqualTo("设备故障");
			assertThat(marker.get("details").get("状态").asText()).isEqualTo("整改中");
			assertThat(marker.get("label").asText()).contains("设备故障", "襄阳金源化工有限公司");
			assertThat(marker.get("longitude").asDouble()).isEqualTo(112.2080);
			assertThat(marker.get("latitude").asDouble()).isEqualTo(32.0290);
			assertThat(marker.get("link").asText()).isEqualTo("/api/enterprises/ENT-0003/file");
		}
		JsonNode elsewhere = Http.as(port, "zhaolei").get("/api/map/markers?types=OM_FINDING").json();
		assertThat(elsewhere.findValuesAsText("enterpriseCode")).as("another squadron's inspector")
			.doesNotContain("ENT-0003");
	}

}
