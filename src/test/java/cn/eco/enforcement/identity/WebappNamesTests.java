package cn.eco.enforcement.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.eco.enforcement.support.Http;
import cn.eco.enforcement.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code /api/me} and {@code /api/names}: what Tasklist and Cockpit read to show people by name, times
 * in the bureau's zone, and only the actions the signed-in person may use.
 */
@IntegrationTest
class WebappNamesTests {

	@LocalServerPort
	int port;

	@Test
	void anInspectorIsNamedAndIsNoAdministrator() {
		JsonNode me = Http.as(port, "wangqiang").get("/api/me").json();

		assertThat(me.get("userId").asText()).isEqualTo("wangqiang");
		assertThat(me.get("name").asText()).isEqualTo("王强");
		assertThat(me.get("admin").asBoolean()).isFalse();
		assertThat(me.get("zone").asText()).isEqualTo("Asia/Shanghai");
	}

	@Test
	void theAdministratorMayUseTheEnginesGenericActions() {
		assertThat(Http.as(port, "demo").get("/api/me").json().get("admin").asBoolean()).isTrue();
	}

	@Test
	void anEnterpriseAccountLearnsTheZoneButNotTheStaffDirectory() {
		assertThat(Http.as(port, "ent0001").get("/api/me").json().get("zone").asText()).isEqualTo("Asia/Shanghai");
		assertThat(Http.as(port, "ent0001").get("/api/names").status()).isEqualTo(403);
		assertThat(Http.anonymous(port).get("/api/me").status()).isEqualTo(401);
	}

	@Test
	void staffReadEveryColleaguesAndSquadronsNameById() {
		JsonNode names = Http.as(port, "zhoumin").get("/api/names").json();

		assertThat(names.at("/people/chenjun").asText()).isEqualTo("陈军");
		assertThat(names.at("/people/sunli").asText()).isNotBlank();
		assertThat(names.at("/groups/squadron-XY-GX-SQ1").asText()).isEqualTo("高新执法一中队");
	}

	@Test
	void aTasklistOrCockpitSessionReadsThemWithoutBasicAuthentication() {
		WebappBrowser tasklist = new WebappBrowser(port);
		tasklist.login("tasklist", "wangqiang", "wangqiang");
		WebappBrowser cockpit = new WebappBrowser(port);
		cockpit.login("cockpit", "zhoumin", "zhoumin");

		assertThat(tasklist.get("/api/me").json().get("name").asText()).isEqualTo("王强");
		assertThat(cockpit.get("/api/names").status()).isEqualTo(200);
		assertThat(new WebappBrowser(port).get("/api/me").status()).isEqualTo(401);
	}

}
