package cn.eco.enforcement.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.eco.enforcement.support.Http;
import cn.eco.enforcement.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The OpenAPI description at {@code /v3/api-docs} describes every {@code /api} endpoint (a controller
 * method missing from it fails {@link #everyApiEndpointIsInTheDescription}), nothing of the engine,
 * the webapps or actuator, in Chinese and by module; it and Swagger UI are for signed-in staff only.
 */
@IntegrationTest
class ApiDescriptionTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void everyApiEndpointIsInTheDescription() {
		JsonNode paths = description().get("paths");
		Set<String> missing = new LinkedHashSet<>();
		List<String> checked = new ArrayList<>();
		for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
			mapping.getHandlerMethods().forEach((info, handler) -> {
				if (!handler.getBeanType().getPackageName().startsWith("cn.eco.enforcement")) {
					return;
				}
				Set<String> methods = info.getMethodsCondition().getMethods().isEmpty() ? Set.of()
						: info.getMethodsCondition().getMethods().stream().map(m -> m.name().toLowerCase())
							.collect(java.util.stream.Collectors.toSet());
				for (String pattern : info.getPatternValues()) {
					if (!pattern.startsWith("/api/")) {
						continue;
					}
					// OpenAPI paths name variables without Spring's regular expressions: {id:\d+} → {id}.
					JsonNode described = paths.path(pattern.replaceAll("\\{([^}:]+):[^}]*}", "{$1}"));
					checked.add(pattern);
					if (methods.isEmpty() && described.isMissingNode()) {
						missing.add("* " + pattern);
					}
					methods.stream().filter(m -> !described.has(m)).forEach(m -> missing.add(m.toUpperCase() + " " + pattern
							+ " (" + handler.getBeanType().getSimpleName() + "." + handler.getMethod().getName() + ")"));
				}
			});
		}
		assertThat(checked).as("the mappings looked at").contains("/api/alarms", "/api/sharing/enterprises", "/api/sharing/log");
		assertThat(missing).as("endpoints missing from /v3/api-docs").isEmpty();
	}

	@Test
	void theDescriptionIsOurApiAloneInChineseByModule() {
		JsonNode description = description();

		assertThat(description.get("openapi").asText()).startsWith("3.");
		assertThat(description.at("/info/title").asText()).isEqualTo("襄阳市生态环境局 环境执法闭环系统 API");
		List<String> paths = new ArrayList<>();
		description.get("paths").fieldNames().forEachRemaining(paths::add);
		assertThat(paths).isNotEmpty().allMatch(p -> p.startsWith("/api/"), "under /api");
		Set<String> tags = new LinkedHashSet<>(description.get("tags").findValuesAsText("name"));
		assertThat(tags).contains("告警", "案件办理", "企业", "在线监测", "数据共享");
		description.get("paths").forEach(path -> path.forEach(operation -> operation.path("tags")
			.forEach(tag -> assertThat(tags).as("every operation under a module's tag").contains(tag.asText()))));
		assertThat(description.at("/paths/~1api~1sharing~1log/get/tags/0").asText()).isEqualTo("数据共享");
		assertThat(description.at("/paths/~1api~1sharing~1log/get/summary").asText()).isEqualTo("数据共享记录");
		assertThat(description.at("/components/securitySchemes/basicAuth/scheme").asText()).isEqualTo("basic");
	}

	@Test
	void theDescriptionAndSwaggerUiNeedAStaffLogin() {
		for (String path : List.of("/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/swagger-config", "/swagger-ui/index.html")) {
			assertThat(Http.anonymous(port).get(path).status()).as(path + " anonymous").isEqualTo(401);
			for (String outsider : List.of("ent0001", "monitor", "sharing-demo")) {
				assertThat(Http.as(port, outsider).get(path).status()).as(path + " " + outsider).isEqualTo(403);
			}
			for (String staff : List.of("wangqiang", "chenjun", "sunli", "zhoumin", "demo")) {
				assertThat(Http.as(port, staff).get(path).status()).as(path + " " + staff).isEqualTo(200);
			}
		}
		Http.Response ui = Http.as(port, "wangqiang").get("/swagger-ui/index.html");
		assertThat(ui.body()).contains("swagger-ui");
		Http.Response config = Http.as(port, "wangqiang").get("/v3/api-docs/swagger-config");
		assertThat(config.json().get("url").asText()).isEqualTo("/v3/api-docs");
		assertThat(Http.as(port, "wangqiang").get("/swagger-ui.html").status()).as("redirects to the UI").isEqualTo(302);
	}

	private JsonNode description() {
		Http.Response answer = Http.as(port, "zhoumin").get("/v3/api-docs");
		assertThat(answer.status()).isEqualTo(200);
		return answer.json();
	}

}
