package cn.eco.enforcement.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import cn.eco.enforcement.support.Http;
import cn.eco.enforcement.support.Http.Response;
import cn.eco.enforcement.support.IntegrationTest;
import cn.eco.enforcement.support.QrCodes;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The 举报 link of the public QR page: anyone files a complaint about the firm without logging in;
 * the complaint reaches the firm's squadron, the contact stays off every public page, and one address
 * files only so many an hour.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublicComplaintTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aComplaintFiledFromThePublicPageReachesTheFirmsSquadronAndItsContactStaysPrivate() throws Exception {
		String page = QrCodes.publicPathOf(port, "ENT-0016");
		Http anyone = Http.anonymous(port);
		Response publicPage = anyone.get(page);
		assertThat(publicPage.body()).contains("我要举报", "/complaint\"");
		assertThat(anyone.get(page + "/complaint").body()).contains("环境问题举报", "襄阳古隆中餐饮管理有限公司", "匿名举报");

		Response receipt = post(page + "/complaint", Map.of("description", "油烟直排，呛得睁不开眼", "address", "隆中大道9号后院",
				"name", "周晓红", "phone", "13871234567", "email", "zhouxh@example.cn"));

		assertThat(receipt.status()).as(receipt.body()).isEqualTo(201);
		String number = receipt.body().replaceAll("(?s).*id=\"complaint-number\">([^<]+)<.*", "$1");
		assertThat(number).startsWith("GZ-");
		Map<String, Object> alarm = jdbc.sql("SELECT id, source_type, enterprise_code, squadron_code, description FROM alarm WHERE external_id = ?")
			.param(number).query().singleRow();
		assertThat(alarm).containsEntry("source_type", "COMPLAINT").containsEntry("enterprise_code", "ENT-0016")
			.containsEntry("squadron_code", "XY-XC-SQ1");
		assertThat(Http.as(port, "zhaolei").get("/api/alarms/" + alarm.get("id")).body()).contains("13871234567", "周晓红");
		assertThat(Http.as(port, "sunli").get("/api/alarms/" + alarm.get("id")).body()).doesNotContain("13871234567", "周晓红");
		assertThat(anyone.get(page).body()).doesNotContain("13871234567", "周晓红", "zhouxh@example.cn", "油烟直排");
		assertThat(receipt.body()).doesNotContain("13871234567", "zhaolei", "赵磊");
	}

	@Test
	void aBadComplaintIsAnsweredWithTheFormAndItsProblemsAndStoresNothing() throws Exception {
		String page = QrCodes.publicPathOf(port, "ENT-0017");
		long before = complaintsAbout("ENT-0017");

		Response refused = post(page + "/complaint", Map.of("description", "", "anonymous", "on", "name", "王五",
				"email", "not-an-address"));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("data-field=\"description\"", "data-field=\"anonymous\"", "data-field=\"email\"",
				"请描述您发现的环境问题");
		assertThat(complaintsAbout("ENT-0017")).isEqualTo(before);
		assertThat(post("/public/e/not-a-token/complaint", Map.of("description", "x", "anonymous", "on")).status())
			.isEqualTo(404);
	}

	/** Last: it spends this address's complaints for the hour. */
	@Test
	@Order(Integer.MAX_VALUE)
	void oneAddressFilesAtMostTheHourlyNumberOfComplaints() throws Exception {
		String page = QrCodes.publicPathOf(port, "ENT-0018");
		int created = 0;
		Response last = null;
		for (int i = 0; i < 8; i++) {
			last = post(page + "/complaint", Map.of("description", "异味 " + i, "anonymous", "on"));
			if (last.status() == 201) {
				created++;
			}
			else {
				break;
			}
		}
		assertThat(created).isLessThanOrEqualTo(5);
		assertThat(last.status()).isEqualTo(429);
		assertThat(last.header("Retry-After")).isEqualTo("3600");
		assertThat(last.body()).contains("举报过于频繁");
	}

	private long complaintsAbout(String firm) {
		return jdbc.sql("SELECT COUNT(*) FROM alarm WHERE source_type = 'COMPLAINT' AND enterprise_code = ?")
			.param(firm).query(Long.class).single();
	}

	private Response post(String path, Map<String, String> form) {
		String body = new LinkedHashMap<>(form).entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return Http.anonymous(port).send(Http.anonymous(port).request(path)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

}
