package cn.eco.enforcement.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Arrays;

import cn.eco.enforcement.support.Http;
import cn.eco.enforcement.support.IntegrationTest;
import cn.eco.enforcement.support.QrCodes;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every page we serve, and the Camunda webapps, forbid inline script: a value from data that ever
 * reached a page unescaped still could not run.
 */
@IntegrationTest
class ContentSecurityPolicyTests {

	@LocalServerPort
	int port;

	@Test
	void mapPageForbidsInlineScript() {
		assertOwnPolicy(Http.as(port, "wangqiang").get("/map/"));
		assertOwnPolicy(Http.as(port, "wangqiang").get("/map/map.js"));
	}

	@Test
	void publicEnterprisePageForbidsInlineScript() throws Exception {
		assertOwnPolicy(Http.anonymous(port).get(QrCodes.publicPathOf(port, "ENT-0001")));
		assertOwnPolicy(Http.anonymous(port).get("/public/e/not-a-token"));
	}

	@Test
	void serverRenderedStaffPagesForbidInlineScript() {
		Http supervisor = Http.as(port, "sunli");

		assertOwnPolicy(html(supervisor, "/api/statistics/inspectors?month=" + YearMonth.now()));
		assertOwnPolicy(html(supervisor, "/api/enterprises/ENT-0001/file"));
		assertOwnPolicy(html(supervisor, "/api/enterprises/qr-labels?branch=XY-GX"));
	}

	@Test
	void camundaWebappsSendANoncePolicyWithoutInlineScript() {
		for (String app : new String[] { "tasklist", "cockpit" }) {
			Http.Response page = Http.anonymous(port).get("/camunda/app/" + app + "/default/");

			assertThat(page.status()).isEqualTo(200);
			String scriptSrc = directive(page.header("Content-Security-Policy"), "script-src");
			assertThat(scriptSrc).as(app).contains("'nonce-", "'strict-dynamic'").doesNotContain("'unsafe-inline'", "https:");
			assertThat(page.headers().allValues("Content-Security-Policy")).as("one policy only").hasSize(1);
		}
	}

	private static Http.Response html(Http user, String path) {
		return user.send(user.request(path).header("Accept", "text/html").GET());
	}

	private static void assertOwnPolicy(Http.Response response) {
		assertThat(response.status()).isIn(200, 404);
		String policy = response.header("Content-Security-Policy");
		assertThat(directive(policy, "script-src")).isEqualTo("script-src 'self'");
		assertThat(directive(policy, "object-src")).isEqualTo("object-src 'none'");
		assertThat(directive(policy, "base-uri")).isEqualTo("base-uri 'self'");
	}

	private static String directive(String policy, String name) {
		return Arrays.stream(policy.split(";"))
			.map(String::trim)
			.filter(d -> d.startsWith(name + " "))
			.findFirst()
			.orElse("");
	}

}
