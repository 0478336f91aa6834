package cn.eco.enforcement.casework.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.eco.enforcement.identity.Roles;
import cn.eco.enforcement.shared.BufferedBodyRequest;
import cn.eco.enforcement.shared.ProblemJson;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The engine's generic REST API ({@code /engine-rest}) and the webapps' copy of it
 * ({@code /camunda/api/engine}, used by Tasklist) let anyone with a task change anything about it.
 * Here every write of a non-administrator is checked against what that person's work allows:
 * completing a task with its own form's fields ({@link TaskWork}), claiming a task for oneself,
 * comments, queries sent by POST, changing one's own password and name. Everything else (setting
 * variables, identity links, assignees, delegation, task properties, process-instance
 * modification, starting processes, jobs, history deletion, deployments, identity administration,
 * password checks for others) is refused with 403 problem details. Reads stay with the engine's
 * authorizations.
 */
class EngineWriteGuard extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(EngineWriteGuard.class);

	private static final Pattern ENGINE_PATH = Pattern
		.compile("^(?:/engine-rest|/camunda/api/engine)(?:/engine/[^/]+)?(/.*)?$");

	private static final Pattern TASK_WORK = Pattern.compile("^/task/([^/]+)/(complete|submit-form)$");

	private static final Pattern TASK_CLAIM = Pattern.compile("^/task/([^/]+)/(claim|unclaim)$");

	private static final Pattern OWN_USER = Pattern.compile("^/user/([^/]+)/(credentials|profile)$");

	/** POSTs that only read: queries whose criteria do not fit in a URL. */
	private static final List<Pattern> QUERIES = List.of(Pattern.compile("^/task(/count)?$"),
			Pattern.compile("^/filter/[^/]+/(list|count|singleResult)$"),
			Pattern.compile("^/(process-instance|variable-instance|execution|job|external-task|incident)(/count)?$"),
			Pattern.compile("^/history/(?!cleanup)[a-z-]+(/count)?$"), Pattern.compile("^/task/[^/]+/comment/create$"));

	/** Administrators' writes that rewrite or remove the record: each needs a reason, kept in admin_engine_action. */
	private static final List<Pattern> RECORD_CHANGES = List.of(
			Pattern.compile("^POST /process-instance/[^/]+/modification$"),
			Pattern.compile("^POST /modification/execute(Async)?$"), Pattern.compile("^DELETE /process-instance/[^/]+$"),
			Pattern.compile("^POST /process-instance/delete(-historic-query-based)?$"),
			Pattern.compile("^POST /job/[^/]+/execute$"), Pattern.compile("^(POST|PUT|DELETE) /history/.*$"),
			Pattern.compile("^DELETE /process-definition/.*$"), Pattern.compile("^DELETE /deployment/[^/]+$"));

	/**
	 * Bodies with a key given twice are refused: which of the two a reader takes is the reader's
	 * choice, and what is screened here must be what the engine gets.
	 */
	private static final ObjectMapper JSON = JsonMapper.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	private final IdentityService identity;

	private final TaskWork work;

	private final AdminActions adminActions;

	EngineWriteGuard(IdentityService identity, TaskWork work, AdminActions adminActions) {
		this.identity = identity;
		this.work = work;
		this.adminActions = adminActions;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		return method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")
				|| !ENGINE_PATH.matcher(pathOf(request)).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Matcher engine = ENGINE_PATH.matcher(pathOf(request));
		engine.matches();
		String path = engine.group(1) == null ? "/" : engine.group(1);
		Caller caller = Caller.of(request, identity);
		if (caller == null) {
			chain.doFilter(request, response);
			return;
		}
		try {
			Matcher task = TASK_WORK.matcher(path);
			if (task.matches() && request.getMethod().equals("POST")) {
				byte[] body = work.screen(task.group(1), caller, request.getInputStream().readAllBytes());
				chain.doFilter(new BufferedBodyRequest(request, body, StandardCharsets.UTF_8), response);
				return;
			}
			byte[] body = request.getInputStream().readAllBytes();
			refuseObjectValues(request, body);
			if (caller.admin()) {
				recordAdministratorsChange(request, path, caller);
				chain.doFilter(new BufferedBodyRequest(request, body, StandardCharsets.UTF_8), response);
				return;
			}
			refuseUnlessAllowed(request.getMethod(), path, caller, body);
			chain.doFilter(new BufferedBodyRequest(request, body, StandardCharsets.UTF_8), response);
		}
		catch (TaskSubmissions.Refused refused) {
			log.info("Engine API refused {} {} for {}: {}", request.getMethod(), path, caller.userId(),
					refused.getMessage());
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(refused.status()),
					refused.getMessage());
			problem.setTitle(refused.status() == 403 ? "无权执行此操作" : "请求不合要求");
			// Camunda's own clients (Tasklist, Modeler) show "message"; problem-details clients read "detail".
			problem.setProperty("message", refused.getMessage());
			ProblemJson.write(response, problem);
		}
	}

	/**
	 * Serialized objects are refused from everyone: reading one back later can fail or run code.
	 * Looked for in the parsed body, not its text, so that an escaped key or value
	 * ({@code "\u0074ype": "\u004fbject"}) is seen as the engine will read it.
	 */
	private static void refuseObjectValues(HttpServletRequest request, byte[] body) {
		String type = request.getContentType();
		if (type != null && type.toLowerCase(java.util.Locale.ROOT).contains("json") && body.length > 0
				&& carriesObjectValue(readJson(body))) {
			throw new TaskSubmissions.Refused(400, "不接受序列化对象（Object）类型的变量");
		}
	}

	private static boolean carriesObjectValue(JsonNode node) {
		if (node.isObject()) {
			if (node.path("type").isTextual() && node.path("type").asText().equalsIgnoreCase("object")
					|| node.has("serializationDataFormat")) {
				return true;
			}
		}
		for (JsonNode child : node) {
			if (carriesObjectValue(child)) {
				return true;
			}
		}
		return false;
	}

	private void recordAdministratorsChange(HttpServletRequest request, String path, Caller caller) {
		boolean query = request.getMethod().equals("POST") && QUERIES.stream().anyMatch(p -> p.matcher(path).matches());
		String operation = request.getMethod() + " " + path;
		if (query || RECORD_CHANGES.stream().noneMatch(p -> p.matcher(operation).matches())) {
			return;
		}
		String reason = request.getParameter("reason");
		if (reason == null || reason.isBlank()) {
			throw new TaskSubmissions.Refused(400,
					"修改或删除流程记录须说明理由：请在请求地址后加 ?reason=…（理由将记入 admin_engine_action）");
		}
		adminActions.record(caller.userId(), request.getMethod(), path, reason.strip());
	}

	private void refuseUnlessAllowed(String method, String path, Caller caller, byte[] body) {
		if (method.equals("POST") && QUERIES.stream().anyMatch(p -> p.matcher(path).matches())) {
			return;
		}
		Matcher claim = TASK_CLAIM.matcher(path);
		if (claim.matches() && method.equals("POST")) {
			work.claimOrUnclaim(claim.group(1), claim.group(2), caller, readJson(body));
			return;
		}
		Matcher user = OWN_USER.matcher(path);
		if (user.matches() && method.equals("PUT") && user.group(1).equals(caller.userId())) {
			if (user.group(2).equals("profile")) {
				refuseEmailChange(caller.userId(), readJson(body));
			}
			return;
		}
		if (path.equals("/deployment/create") && caller.groups().contains(Roles.SUPERVISORS)) {
			throw new TaskSubmissions.Refused(403,
					"流程部署须经系统管理员审批（四眼原则）：请把同样的文件提交为部署申请，POST /api/deployment-requests");
		}
		throw new TaskSubmissions.Refused(403, "只有系统管理员可以通过引擎接口执行此操作（" + method + " " + path
				+ "）；办理任务请使用任务表单");
	}

	private void refuseEmailChange(String userId, JsonNode profile) {
		User current = identity.createUserQuery().userId(userId).singleResult();
		String email = profile.path("email").asText(null);
		String before = current == null ? null : current.getEmail();
		if (email != null && !email.isEmpty() && !email.equals(before) || (email == null || email.isEmpty()) && before != null
				&& profile.has("email")) {
			throw new TaskSubmissions.Refused(403, "电子邮箱用于接收任务通知，只能由系统管理员修改");
		}
	}

	static JsonNode readJson(byte[] body) {
		if (body.length == 0) {
			return JSON.createObjectNode();
		}
		try {
			return JSON.readTree(body);
		}
		catch (JsonProcessingException ex) {
			String reason = ex.getOriginalMessage();
			if (reason != null && reason.startsWith("Duplicate field")) {
				throw new TaskSubmissions.Refused(400, "请求体中有重复的字段：" + reason.substring("Duplicate field".length()).trim());
			}
			throw new TaskSubmissions.Refused(400, "请求体不是有效的 JSON");
		}
		catch (IOException ex) {
			throw new TaskSubmissions.Refused(400, "请求体无法读取");
		}
	}

	static ObjectNode readObject(byte[] body) {
		JsonNode node = readJson(body);
		if (!node.isObject()) {
			throw new TaskSubmissions.Refused(400, "请求体应为 JSON 对象");
		}
		return (ObjectNode) node;
	}

	private static String pathOf(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	/** Who is calling: the engine REST's HTTP Basic user, or the webapps' session user. */
	record Caller(String userId, List<String> groups) {

		boolean admin() {
			return groups.contains(Roles.ADMIN);
		}

		static Caller of(HttpServletRequest request, IdentityService identity) {
			Authentication engineUser = identity.getCurrentAuthentication();
			if (engineUser != null && engineUser.getUserId() != null) {
				return new Caller(engineUser.getUserId(),
						engineUser.getGroupIds() == null ? List.of() : engineUser.getGroupIds());
			}
			var session = request.getSession(false);
			if (session == null) {
				return null;
			}
			var authentications = org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil
				.getAuthsFromSession(session);
			if (authentications != null && authentications
				.getAuthenticationForProcessEngine("default") instanceof org.camunda.bpm.webapp.impl.security.auth.UserAuthentication user) {
				return new Caller(user.getIdentityId(), user.getGroupIds() == null ? List.of() : user.getGroupIds());
			}
			return null;
		}

	}

}
