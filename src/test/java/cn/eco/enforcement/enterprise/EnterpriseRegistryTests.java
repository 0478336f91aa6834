package cn.eco.enforcement.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import cn.eco.enforcement.support.Http;
import cn.eco.enforcement.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class EnterpriseRegistryTests {

	private static final String HEADER = "code,name,creditCode,address,longitude,latitude,townshipCode,industry,category,"
			+ "characteristicPollutants,responsibleInspector,deputyInspector,permitNumber\n";

	@LocalServerPort
	int port;

	@Autowired
	EnterpriseApi enterprises;

	@Test
	void csvImportCreatesAndUpdatesEveryValidRow() {
		importCsv("sunli", HEADER + "ENT-9002,襄阳旧名称有限公司,91420600MA4KKKKK5E,,,,TS-GX-TUANSHAN,食品制造,ORDINARY,,,,\n");
		String csv = HEADER
				+ "ENT-9001,襄阳新材料有限公司,91420600MA4XXXXX1A,\"湖北省襄阳市高新区团山镇新材路1号, 北门\",112.19,32.04,TS-GX-TUANSHAN,化工,KEY,a24088;a21026,wangqiang,liuyang,91420600MA4XXXXX1A001V\n"
				+ "ENT-9002,襄阳瑞丰新名称有限公司,91420600MA4KKKKK5E,湖北省襄阳市高新区团山镇工业园三路12号,112.184,32.049,TS-GX-TUANSHAN,食品制造,ORDINARY,w01018,liuyang,,\n";

		var response = importCsv("sunli", csv);

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("created").asInt()).isEqualTo(1);
		assertThat(response.json().get("updated").asInt()).isEqualTo(1);
		EnterpriseProfile created = enterprises.find("ENT-9001").orElseThrow();
		assertThat(created.address()).isEqualTo("湖北省襄阳市高新区团山镇新材路1号, 北门");
		assertThat(created.characteristicPollutants()).containsExactly("a24088", "a21026");
		assertThat(created.squadronCode()).isEqualTo("XY-GX-SQ1");
		assertThat(enterprises.find("ENT-9002").orElseThrow().responsibleInspector()).isEqualTo("liuyang");
		assertThat(enterprises.find("ENT-9002").orElseThrow().name()).isEqualTo("襄阳瑞丰新名称有限公司");
	}

	@Test
	void csvWithBadRowsImportsNothingAndNamesEachBadRow() {
		String csv = HEADER
				+ "ENT-9101,好企业,91420600MA4YYYYY2B,地址,112.1,32.0,TS-GX-TUANSHAN,机械,ORDINARY,,wangqiang,,\n"
				+ "ENT-9102,坏信用代码,123,地址,112.1,32.0,TS-GX-TUANSHAN,机械,ORDINARY,,,,\n"
				+ "ENT-9103,坏乡镇,91420600MA4ZZZZZ3C,地址,112.1,32.0,TS-NOWHERE,机械,HUGE,,chenjun,,\n"
				+ "ENT-9104,少一列\n";

		var response = importCsv("sunli", csv);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").findValuesAsText("field")).contains("rows[2].creditCode",
				"rows[3].townshipCode", "rows[3].category", "rows[3].responsibleInspector", "rows[4]");
		assertThat(enterprises.find("ENT-9101")).as("nothing imported").isEmpty();
	}

	@Test
	void onlySupervisorsEditTheRegistry() {
		assertThat(importCsv("wangqiang", HEADER).status()).isEqualTo(403);
		assertThat(importCsv("sunli", "a,b,c\n1,2,3\n").json().get("errors").findValuesAsText("field"))
			.containsExactly("header");
		var created = Http.as(port, "sunli").post("/api/enterprises", """
				{"code": "ENT-9201", "name": "襄阳测试印刷厂", "creditCode": "91420600MA4WWWWW4D", "townshipCode": "TS-GX-TUANSHAN",
				 "category": "ORDINARY", "characteristicPollutants": ["a24088"], "responsibleInspector": "wangqiang"}""");
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().get("squadronCode").asText()).isEqualTo("XY-GX-SQ1");
		var duplicateCredit = Http.as(port, "sunli").post("/api/enterprises", """
				{"code": "ENT-9202", "name": "重复", "creditCode": "91420600MA4WWWWW4D", "townshipCode": "TS-GX-TUANSHAN",
				 "category": "ORDINARY"}""");
		assertThat(duplicateCredit.status()).isEqualTo(400);
		assertThat(duplicateCredit.json().get("errors").findValuesAsText("field")).containsExactly("creditCode");
	}

	@Test
	void coordinatesThatAreNotNumbersAndOverlongTextAreNamedAndNothingIsStored() {
		var refused = Http.as(port, "sunli").post("/api/enterprises", """
				{"code": "ENT-9301", "name": "襄阳坐标测试厂", "creditCode": "91420600MA4YYYYY3C", "townshipCode": "TS-GX-TUANSHAN",
				 "category": "ORDINARY", "longitude": "NaN", "latitude": "NaN", "address": "%s", "industry": "%s",
				 "permitNumber": "%s"}""".formatted("路".repeat(301), "业".repeat(101), "9".repeat(41)));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").findValuesAsText("field"))
			.containsExactlyInAnyOrder("longitude", "address", "industry", "permitNumber");
		assertThat(refused.json().get("errors").findValuesAsText("message")).contains("最长 300 个字符");
		assertThat(enterprises.find("ENT-9301")).isEmpty();
		assertThat(importCsv("sunli", HEADER + "ENT-9302,襄阳坐标测试二厂,91420600MA4XXXXX2B,,NaN,NaN,TS-GX-TUANSHAN,,ORDINARY,,,,\n")
			.json().get("errors").findValuesAsText("field")).containsExactly("rows[1].longitude");
	}

	private Http.Response importCsv(String user, String csv) {
		Http http = Http.as(port, user);
		return http.send(http.request("/api/enterprises/import")
			.header("Content-Type", "text/csv; charset=UTF-8")
			.POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)));
	}

}
