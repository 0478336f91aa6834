package cn.eco.enforcement.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.eco.enforcement.support.Http;
import cn.eco.enforcement.support.IntegrationTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The data-sharing account type (数据共享账户): a group an administrator puts other departments'
 * accounts in, with a demo account in demo mode. Such an account reads {@code GET /api/sharing/…}
 * and nothing else: every other endpoint of ours, the engine REST API, the API description and the
 * webapps refuse it.
 */
@IntegrationTest
class DataSharingAccountTests {

	private static final String ACCOUNT = "sharing-demo";

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@Autowired
	ApplicationContext context;

	@Test
	void theDataSharingGroupHoldsTheDemoAccountAndNoEngineGrant() {
		var identity = engine.getIdentityService();

		assertThat(identity.createGroupQuery().groupId(Roles.DATA_SHARING).singleResult().getName()).isEqualTo("数据共享账户");
		assertThat(identity.createGroupQuery().groupMember(ACCOUNT).list()).extracting(g -> g.getId())
			.containsExactly(Roles.DATA_SHARING);
		// The engine's own grants on a new group and a new user (its members read the group, the user his
		// profile) are all they hold: no application, no process, task or history.
		assertThat(engine.getAuthorizationService().createAuthorizationQuery().groupIdIn(Roles.DATA_SHARING).list())
			.extracting(grant -> grant.getResourceType() + " " + grant.getResourceId())
			.containsOnly(Resources.GROUP.resourceType() + " " + Roles.DATA_SHARING);
		assertThat(engine.getAuthorizationService().createAuthorizationQuery().userIdIn(ACCOUNT).list())
			.extracting(grant -> grant.getResourceType() + " " + grant.getResourceId())
			.containsOnly(Resources.USER.resourceType() + " " + ACCOUNT);
		assertThat(identity.checkPassword(ACCOUNT, "Sharing-demo-1")).isFalse();
	}

	@Test
	void everyOtherEndpointOfOursRefusesTheSharingAccount() {
		Http sharing = Http.as(port, ACCOUNT);
		List<String> answered = new ArrayList<>();
		List<String> asked = new ArrayList<>();
		for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
			mapping.getHandlerMethods().forEach((info, handler) -> {
				if (!handler.getBeanType().getPackageName().startsWith("cn.eco.enforcement")) {
					return;
				}
				Set<String> methods = info.getMethodsCondition().getMethods().isEmpty() ? Set.of("GET", "POST")
						: info.getMethodsCondition().getMethods().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet());
				for (String pattern : info.getPatternValues()) {
					String path = pattern.replaceAll("\\{[^}]*}", "x");
					for (String method : methods) {
						boolean shared = method.equals("GET") && path.startsWith("/api/sharing/") && !path.equals("/api/sharing/log");
						boolean publicPage = path.startsWith("/public/");
						if (shared || publicPage) {
							continue;
						}
						asked.add(method + " " + path);
						int status = sharing.send(sharing.request(path).method(method, HttpRequest.BodyPublishers.noBody())).status();
						if (status != 403) {
							answered.add(method + " " + path + " → " + status);
						}
					}
				}
			});
		}
		assertThat(asked).contains("GET /api/enterprises", "POST /api/alarms", "GET /api/alarms/x", "GET /api/me",
				"GET /api/sharing/log", "GET /map");
		assertThat(answered).as("endpoints that did not refuse the data-sharing account").isEmpty();
	}

	@Test
	void theEngineRestApiTheApiDescriptionAndTheWebappsRefuseTheSharingAccount() {
		Http sharing = Http.as(port, ACCOUNT);

		for (String path : List.of("/engine-rest/engine", "/engine-rest/task", "/engine-rest/process-definition",
				"/engine-rest/history/process-instance", "/engine-rest/user", "/engine-rest/metrics",
				"/camunda/api/engine/engine/default/task", "/v3/api-docs", "/swagger-ui/index.html", "/map")) {
			Http.Response answer = sharing.get(path);
			assertThat(answer.status()).as(path).isEqualTo(403);
			assertThat(answer.body()).as(path).contains("数据共享账户只能读取");
		}
		assertThat(sharing.post("/engine-rest/message", "{}").status()).isEqualTo(403);
		for (String app : List.of("tasklist", "cockpit", "admin")) {
			assertThat(new WebappBrowser(port).login(app, ACCOUNT, ACCOUNT).status()).as(app).isEqualTo(403);
		}
		assertThat(sharing.get("/api/sharing/enterprises").status()).isEqualTo(200);
	}

}
