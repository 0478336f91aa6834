package cn.eco.enforcement.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import cn.eco.enforcement.alarm.AlarmApi;
import cn.eco.enforcement.alarm.AlarmView;
import cn.eco.enforcement.support.Alarms;
import cn.eco.enforcement.support.Http;
import cn.eco.enforcement.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The enforcement map (一张图) as staff use it: markers by branch and type, the page and its assets. */
@IntegrationTest
class EnforcementMapTests {

	@LocalServerPort
	int port;

	@Autowired
	AlarmApi alarms;

	@Test
	void supervisorSeesDemoEnterprisesByCategoryAndListStatusAndStationsCityWide() {
		JsonNode markers = Http.as(port, "sunli").get("/api/map/markers").json();

		JsonNode ordinary = find(markers, "ENTERPRISE", "ENT-0001");
		assertThat(ordinary.get("label").asText()).isEqualTo("襄阳恒瑞汽车零部件有限公司");
		assertThat(ordinary.get("status").asText()).isEqualTo("ORDINARY");
		assertThat(ordinary.get("longitude").asDouble()).isEqualTo(112.1940);
		assertThat(ordinary.get("latitude").asDouble()).isEqualTo(32.0370);
		assertThat(ordinary.get("link").asText()).isEqualTo("/api/enterprises/ENT-0001/file");
		assertThat(find(markers, "ENTERPRISE", "ENT-0002").get("status").asText()).isEqualTo("ORDINARY_POSITIVE_LIST");
		assertThat(find(markers, "ENTERPRISE", "ENT-0003").get("status").asText()).isEqualTo("KEY");
		assertThat(find(markers, "STATION", "ST-TZW").get("label").asText()).isEqualTo("台子湾路站");
		assertThat(find(markers, "STATION", "ST-BJW").get("status").asText()).isEqualTo("SURFACE_WATER");
		assertThat(ids(markers, "ENTERPRISE")).hasSizeGreaterThanOrEqualTo(35);
		assertThat(ids(markers, "STATION")).hasSize(6);
	}

	@Test
	void openAlarmIsAMarkerAtItsEnterpriseUntilItsLoopEnds() {
		AlarmView alarm = alarms.raise(Alarms.moderateExceedanceAt("ENT-0027")).alarm();

		JsonNode marker = find(Http.as(port, "zhoumin").get("/api/map/markers?types=ALARM").json(), "ALARM",
				String.valueOf(alarm.id()));

		assertThat(marker.get("enterpriseCode").asText()).isEqualTo("ENT-0027");
		assertThat(marker.get("status").asText()).isEqualTo(alarm.status().name());
		assertThat(marker.get("label").asText()).contains("枣阳市兴隆水泥有限公司", "化学需氧量 COD", alarm.statusLabel())
			.doesNotContain("w01018");
		assertThat(marker.get("longitude").asDouble()).isEqualTo(112.8770);
		assertThat(marker.get("latitude").asDouble()).isEqualTo(32.1550);
		assertThat(marker.get("link").asText()).isEqualTo("/api/enterprises/ENT-0027/file");
	}

	@Test
	void branchFilterKeepsOnlyThatBranchBureausPoints() {
		AlarmView alarm = alarms.raise(Alarms.moderateExceedanceAt("ENT-0027")).alarm();
		Http supervisor = Http.as(port, "sunli");

		JsonNode zaoyang = supervisor.get("/api/map/markers?branch=XY-ZY").json();
		JsonNode gaoxin = supervisor.get("/api/map/markers?branch=XY-GX&types=ENTERPRISE,ALARM").json();

		assertThat(ids(zaoyang, "ENTERPRISE")).containsExactly("ENT-0022", "ENT-0023", "ENT-0024", "ENT-0025",
				"ENT-0026", "ENT-0027", "ENT-0028", "ENT-0029");
		assertThat(ids(zaoyang, "STATION")).containsExactly("ST-ZYJCZ");
		assertThat(ids(zaoyang, "ALARM")).contains(String.valueOf(alarm.id()));
		assertThat(ids(gaoxin, "ENTERPRISE")).contains("ENT-0001", "ENT-0015").doesNotContain("ENT-0006", "ENT-0027");
		assertThat(ids(gaoxin, "ALARM")).doesNotContain(String.valueOf(alarm.id()));
		assertThat(ids(gaoxin, "STATION")).as("stations not asked for").isEmpty();
	}

	@Test
	void branchesAreListedWithTheirNames() {
		JsonNode branches = Http.as(port, "zhoumin").get("/api/map/branches").json();

		// other tests add branches of their own; the demo's four are listed in code order
		assertThat(branches.findValuesAsText("code")).containsSubsequence("XY-GC", "XY-GX", "XY-XC", "XY-ZY");
		assertThat(branches.findValuesAsText("name")).contains("襄阳市生态环境局枣阳分局");
	}

	@Test
	void unknownBranchOrMalformedTypeIsABadRequest() {
		Http inspector = Http.as(port, "wangqiang");

		var unknownBranch = inspector.get("/api/map/markers?branch=XY-NOPE");
		var badType = inspector.get("/api/map/markers?types=enterprise");

		assertThat(unknownBranch.status()).isEqualTo(400);
		assertThat(unknownBranch.body()).contains("branch", "XY-NOPE");
		assertThat(badType.status()).isEqualTo(400);
		assertThat(badType.body()).contains("types");
	}

	@Test
	void onlyStaffSeeTheMapNotAnonymousCallersOrEnterpriseAccounts() {
		assertThat(Http.anonymous(port).get("/api/map/markers").status()).isEqualTo(401);
		assertThat(Http.anonymous(port).get("/map/").status()).isEqualTo(401);
		assertThat(Http.as(port, "ent0001").get("/api/map/markers").status()).isEqualTo(403);
		assertThat(Http.as(port, "ent0001").get("/map/").status()).isEqualTo(403);
		assertThat(Http.as(port, "monitor").get("/api/map/markers").status()).isEqualTo(403);
	}

	@Test
	void pageShipsItsMapLibraryAndDistrictBoundaries() {
		Http inspector = Http.as(port, "liuyang");

		var page = inspector.get("/map/");
		var leaflet = inspector.get("/webjars/leaflet/1.9.4/dist/leaflet.js");
		JsonNode districts = inspector.get("/map/xiangyang-districts.geojson").json();

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("执法一张图", "/webjars/leaflet/1.9.4/dist/leaflet.js", "map.js");
		assertThat(inspector.get("/map").status()).as("redirect to /map/").isEqualTo(302);
		assertThat(leaflet.status()).isEqualTo(200);
		assertThat(leaflet.body()).contains("Leaflet");
		assertThat(districts.get("features").findValuesAsText("name")).contains("襄城区", "樊城区", "襄州区", "枣阳市",
				"谷城县").hasSize(9);
	}

	static JsonNode find(JsonNode markers, String type, String id) {
		for (JsonNode marker : markers) {
			if (marker.get("type").asText().equals(type) && marker.get("id").asText().equals(id)) {
				return marker;
			}
		}
		throw new AssertionError("no " + type + " marker " + id + " in " + markers);
	}

	static List<String> ids(JsonNode markers, String type) {
		List<String> ids = new ArrayList<>();
		markers.forEach(m -> {
			if (m.get("type").asText().equals(type)) {
				ids.add(m.get("id").asText());
			}
		});
		return ids;
	}

}
