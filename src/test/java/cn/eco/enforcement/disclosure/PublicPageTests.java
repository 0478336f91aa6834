package cn.eco.enforcement.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;



import cn.eco.enforcement.support.Evidence;
import cn.eco.enforcement.alarm.AlarmApi;
import cn.eco.enforcement.support.Alarms;
import cn.eco.enforcement.support.Http;
import cn.eco.enforcement.support.IntegrationTest;
import cn.eco.enforcement.support.QrCodes;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class PublicPageTests {

	@LocalServerPort
	int port;

	@Autowired
	AlarmApi alarms;

	@Autowired
	ProcessEngine engine;

	@Test
	void qrCodeDecodesToThePublicUrlWithAnUnguessableToken() throws Exception {
		String url = publicUrlOf("ENT-0002");

		assertThat(url).startsWith("http://localhost:8080/public/e/");
		String token = url.substring(url.lastIndexOf('/') + 1);
		assertThat(token).hasSizeGreaterThanOrEqualTo(40).doesNotContain("ENT-0002");
		assertThat(publicUrlOf("ENT-0002")).as("stable until renewed").isEqualTo(url);
	}

	@Test
	void publicPageShowsThePublicRecordAndNothingPrivate() throws Exception {
		String instance = alarms.raise(Alarms.moderateExceedanceAt("ENT-0008")).alarm().processInstanceId();
		BpmnAwareTests.init(engine);
		var loop = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).singleResult();
		complete(task(loop));
		complete(task(loop), withVariables("companionInspector", "秘密同伴", "inspectionRecord", "内部记录：车间东侧暗管",
				"findings", "暗管排放", "violationFound", true, "evidence", Evidence.photo()));
		complete(task(loop), withVariables("feedbackSummary", "内部反馈：已拍照取证"));
		complete(task(loop), withVariables("approved", true, "reviewComment", "内部审核意见"));
		String path = pathOf(publicUrlOf("ENT-0008"));

		var page = Http.anonymous(port).get(path);

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.contentType()).startsWith("text/html");
		assertThat(page.body()).contains("襄阳华康食品有限公司", "排污许可证编号", "91420602613726744G001P", "近期监管检查",
				"现场检查", "近 12 个季度守法记录");
		// a finding awaiting a decision is not disclosed (issue 15 item 7): only the inspection's date and kind
		assertThat(page.body()).doesNotContain("秘密同伴", "内部记录", "暗管", "内部反馈", "内部审核意见", "立案", "案号", "发现违法行为",
				"hb-xy-eeb.example.cn", "ENT-0008");
		for (String staff : new String[] { "wangqiang", "liuyang", "chenjun", "zhaolei", "hemin" }) {
			assertThat(page.body()).doesNotContain(staff);
		}
	}

	@Test
	void unknownAndRenewedTokensGiveNotFound() throws Exception {
		String oldPath = pathOf(publicUrlOf("ENT-0009"));

		var renewed = Http.as(port, "sunli").post("/api/enterprises/ENT-0009/qrcode/renew", "");
		String newPath = pathOf(renewed.json().get("publicUrl").asText());

		assertThat(Http.anonymous(port).get(oldPath).status()).isEqualTo(404);
		assertThat(Http.anonymous(port).get(oldPath).body()).contains("二维码无效或已停用");
		assertThat(Http.anonymous(port).get(newPath).status()).isEqualTo(200);
		assertThat(Http.anonymous(port).get("/public/e/not-a-token").status()).isEqualTo(404);
		assertThat(Http.as(port, "wangqiang").post("/api/enterprises/ENT-0009/qrcode/renew", "").status())
			.as("inspectors cannot revoke labels")
			.isEqualTo(403);
	}

	@Test
	void branchLabelSheetHasALabelForEveryFirmOfTheBranch() {
		var sheet = Http.as(port, "sunli").get("/api/enterprises/qr-labels?branch=XY-GX");

		assertThat(sheet.status()).isEqualTo(200);
		assertThat(sheet.body()).contains("襄阳恒瑞汽车零部件有限公司", "ENT-0001", "data:image/png;base64,", "size: A4")
			.doesNotContain("襄阳隆中建材有限公司");
		assertThat(Http.anonymous(port).get("/api/enterprises/ENT-0001/qrcode.png").status()).isEqualTo(401);
	}

	private String publicUrlOf(String enterpriseCode) throws Exception {
		return QrCodes.publicUrlOf(port, enterpriseCode);
	}

	private static String pathOf(String url) {
		return url.substring(url.indexOf("/public/"));
	}

}
