package cn.eco.enforcement.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.eco.enforcement.alarm.AlarmApi;
import cn.eco.enforcement.casework.CaseworkApi;
import cn.eco.enforcement.enterprise.EnterpriseApi;
import cn.eco.enforcement.grid.GridApi;
import cn.eco.enforcement.grid.StaffMember;
import cn.eco.enforcement.support.Http;
import cn.eco.enforcement.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.server.PathContainer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Who may call what: every endpoint of ours (a new one without a row fails
 * {@link #everyEndpointWeExposeHasARowInTheMatrix}), the engine REST API we expose and the webapps'
 * doors, called by each kind of caller. Reading the table: {@code ok} = 2xx/3xx; a number = exactly
 * that status — 401 not logged in, 403 refused, 404 not there for this caller, 400 let through the
 * security check and refused as bad input (mutating requests send empty bodies or name things that
 * do not exist, so the shared demo data stays as it is).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTests {

	static final List<String> CALLERS = List.of(MatrixRequests.ANONYMOUS, "ent0001", "wangqiang", "chenjun", "sunli",
			"zhoumin", "demo", "monitor");

	/** {@code {name}} is a fixture of {@link MatrixFixtures}; {@code fresh…} ones are made anew for each call. */
	static final String MATRIX = """
			# request                                                       body      anon ent  insp lead sup  aud  admin monitor
			# --- our API: staff read, supervisors and admins change, monitoring platforms report
			GET    /api/alarms                                                        401  403  ok   ok   ok   ok   ok   403
			POST   /api/alarms                                                {}      401  403  400  400  400  403  400  400
			GET    /api/alarms/{alarm}                                                401  403  ok   ok   ok   ok   ok   403
			GET    /api/alarms/{alarm}/loop-plan                                      401  403  ok   ok   ok   ok   ok   403
			# --- evidence: whoever works the alarm's current task adds (here wangqiang's investigation task; an
			#     empty JSON body is 400), everyone who worked or reviews the loop or case reads, also after the loop
			GET    /api/alarms/{alarm}/evidence                                       401  403  ok   ok   ok   ok   ok   403
			GET    /api/alarms/{alarm}/evidence/{evidenceItem}                        401  403  ok   ok   ok   ok   ok   403
			POST   /api/alarms/{alarm}/evidence                               {}      401  403  400  403  403  403  400  403
			GET    /api/cases/{case}/evidence                                         401  403  ok   ok   ok   ok   ok   403
			GET    /api/cases/{case}/evidence/{evidenceItem}                          401  403  ok   ok   ok   ok   ok   403
			GET    /api/cases                                                         401  403  ok   ok   ok   ok   ok   403
			GET    /api/cases/{case}                                                  401  403  ok   404  ok   ok   ok   403
			GET    /api/cases/{case}/documents/{document}                             401  403  ok   404  ok   ok   ok   403
			GET    /api/cases/{case}/integrity                                        401  403  ok   404  ok   ok   ok   403
			GET    /api/cases/{case}/dossier                                          401  403  ok   404  ok   ok   ok   403
			GET    /api/cases/{case}/dossier.zip                                      401  403  ok   404  ok   ok   ok   403
			GET    /api/cases/deadlines                                               401  403  403  403  ok   ok   ok   403
			GET    /api/enterprises                                                   401  403  ok   ok   ok   ok   ok   403
			POST   /api/enterprises                                           {}      401  403  403  403  400  403  400  403
			PUT    /api/enterprises/ENT-NONE                                  {}      401  403  403  403  400  403  400  403
			POST   /api/enterprises/import                                    csv     401  403  403  403  400  403  400  403
			GET    /api/enterprises/ENT-0001/file                                     401  403  ok   ok   ok   ok   ok   403
			GET    /api/enterprises/ENT-0001/positive-list                            401  403  ok   ok   ok   ok   ok   403
			GET    /api/enterprises/ENT-0001/facilities                               401  403  ok   ok   ok   ok   ok   403
			POST   /api/enterprises/ENT-0001/facilities                       {}      401  403  403  403  400  403  400  403
			POST   /api/enterprises/positive-list/import?year=2025            csv     401  403  403  403  400  403  400  403
			GET    /api/enterprises/ENT-0001/qrcode.png                               401  403  ok   ok   ok   ok   ok   403
			POST   /api/enterprises/ENT-NONE/qrcode/renew                             401  403  403  403  404  403  404  403
			GET    /api/enterprises/qr-labels?branch=XY-GX                            401  403  ok   ok   ok   ok   ok   403
			POST   /api/enterprises/ENT-NONE/self-inspections                         401  403  404  404  404  403  404  403
			POST   /api/enterprises/ENT-NONE/steward-reports                  {}      401  403  404  404  404  403  404  403
			# --- township boundaries: staff read which townships have one, administrators import them
			GET    /api/grid/townships                                                401  403  ok   ok   ok   ok   ok   403
			POST   /api/grid/townships/boundaries                             {}      401  403  403  403  403  403  400  403
			GET    /api/map/markers                                                   401  403  ok   ok   ok   ok   ok   403
			GET    /api/map/branches                                                  401  403  ok   ok   ok   ok   ok   403
			GET    /map                                                               401  403  ok   ok   ok   ok   ok   403
			GET    /map/                                                              401  403  ok   ok   ok   ok   ok   403
			GET    /api/monitoring/devices                                            401  403  ok   ok   ok   ok   ok   403
			POST   /api/monitoring/devices                                    {}      401  403  403  403  400  403  400  403
			POST   /api/monitoring/devices/XY-WW-0001-01/key-rotation         {}      401  403  403  403  409  403  409  403
			GET    /api/monitoring/stations                                           401  403  ok   ok   ok   ok   ok   403
			GET    /api/monitoring/devices/XY-WW-0001-01/readings?from=2026-01-01T00:00:00Z&to=2026-01-02T00:00:00Z \
			                                                                          401  403  ok   ok   ok   ok   ok   403
			POST   /api/monitoring/readings                                   {}      401  403  400  400  400  403  400  400
			GET    /api/monitoring/hj212/rejections                                   401  403  ok   ok   ok   ok   ok   403
			GET    /api/monitoring/devices/XY-WW-0001-01/transmission?month=2026-10   401  403  ok   ok   ok   ok   ok   403
			GET    /api/monitoring/devices/XY-WW-0001-01/logger-info                  401  403  ok   ok   ok   ok   ok   403
			# --- HJ 212-2025 data besides readings (staff read); start-up/shutdown declarations: staff and the
			#     firm's own accounts for its own devices (ent0001 owns XY-WW-0001-01; {} is 400 naming the fields)
			GET    /api/monitoring/devices/XY-WW-0001-01/production-conditions?from=2026-01-01T00:00:00Z&to=2026-01-02T00:00:00Z \
			                                                                          401  403  ok   ok   ok   ok   ok   403
			GET    /api/monitoring/devices/XY-WW-0001-01/vocs-raw-data?from=2026-01-01T00:00:00Z&to=2026-01-02T00:00:00Z \
			                                                                          401  403  ok   ok   ok   ok   ok   403
			GET    /api/monitoring/devices/XY-WW-0001-01/multimedia?from=2026-01-01T00:00:00Z&to=2026-01-02T00:00:00Z \
			                                                                          401  403  ok   ok   ok   ok   ok   403
			GET    /api/monitoring/devices/XY-WW-0001-01/condition-declarations       401  ok   ok   ok   ok   ok   ok   403
			POST   /api/monitoring/devices/XY-WW-0001-01/condition-declarations {} 401  400  400  400  400  403  400  403
			# --- who is signed in (every account) and the staff's names (staff and auditors), for the webapps
			GET    /api/me                                                            401  ok   ok   ok   ok   ok   ok   ok
			GET    /api/names                                                         401  403  ok   ok   ok   ok   ok   403
			# --- third-party O&M inspection: staff read the plans, supervisors and admins start one now
			GET    /api/om-inspection/plans                                           401  403  ok   ok   ok   ok   ok   403
			POST   /api/om-inspection/plans/XY-NONE/inspections                       401  403  403  403  404  403  404  403
			# --- O&M inspection photos: the inspection's own inspector adds (no om-inspector among these callers);
			#     staff and firms get past the door and the controller decides per inspection (none here: 404)
			GET    /api/om-inspection/inspections/0/photos                            401  404  404  404  404  404  404  403
			GET    /api/om-inspection/inspections/0/photos/0                          401  404  404  404  404  404  404  403
			POST   /api/om-inspection/inspections/0/items/probe/photos        {}      401  403  403  403  403  403  403  403
			# --- data sharing (对内对外数据共享): data-sharing accounts (DataSharingAccountTests) and admins read what
			#     is shared; auditors and admins read who fetched what; staff read the API description
			GET    /api/sharing/enterprises                                           401  403  403  403  403  403  ok   403
			GET    /api/sharing/penalties                                             401  403  403  403  403  403  ok   403
			GET    /api/sharing/monitoring/devices                                    401  403  403  403  403  403  ok   403
			GET    /api/sharing/monitoring/devices/XY-WW-0001-01/aggregates?period=HOUR&from=2026-01-01T00:00:00Z&to=2026-01-02T00:00:00Z \
			                                                                          401  403  403  403  403  403  ok   403
			GET    /api/sharing/log                                                   401  403  403  403  403  ok   ok   403
			GET    /v3/api-docs                                                       401  403  ok   ok   ok   ok   ok   403
			GET    /swagger-ui/index.html                                             401  403  ok   ok   ok   ok   ok   403
			# --- statistics and assessment for those who hold inspectors to account; the draw stays secret
			GET    /api/statistics/inspectors?month=2026-10                           401  403  403  ok   ok   ok   ok   403
			GET    /api/statistics/inspectors.csv?month=2026-10                       401  403  403  ok   ok   ok   ok   403
			GET    /api/statistics/inspectors.xlsx?month=2026-10                      401  403  403  ok   ok   ok   ok   403
			GET    /api/statistics/monitoring?month=2026-10                           401  403  403  ok   ok   ok   ok   403
			GET    /api/statistics/monitoring?month=2026-10&format=csv                401  403  403  ok   ok   ok   ok   403
			GET    /api/statistics/monitoring?month=2026-10&format=xlsx               401  403  403  ok   ok   ok   ok   403
			GET    /api/statistics/squadrons?month=2026-10                            401  403  403  ok   ok   ok   ok   403
			GET    /api/statistics/branches?month=2026-10                             401  403  403  ok   ok   ok   ok   403
			GET    /api/assessment?month=2026-10                                      401  403  403  ok   ok   ok   ok   403
			POST   /api/random-inspections/draws                              {}      401  403  403  403  400  403  400  403
			GET    /api/random-inspections/draws/2020-01                              401  403  403  403  404  404  404  403
			GET    /api/random-inspections/draws/2020-01/replay                       401  403  403  403  404  404  404  403
			POST   /api/random-inspections/draws/2020-01/publication                  401  403  403  403  404  403  404  403
			GET    /public/random-inspections/2020-01                                 404  404  404  404  404  404  404  404
			# --- public: the QR page, health, the webapps' pages
			GET    /public/e/{token}                                                  ok   ok   ok   ok   ok   ok   ok   ok
			GET    /public/e/not-a-token                                              404  404  404  404  404  404  404  404
			GET    /public/e/{token}/complaint                                        ok   ok   ok   ok   ok   ok   ok   ok
			POST   /public/e/{token}/complaint                                {}      415  415  415  415  415  415  415  415
			GET    /actuator/health                                                   ok   ok   ok   ok   ok   ok   ok   ok
			GET    /camunda/app/tasklist/default/                                     ok   ok   ok   ok   ok   ok   ok   ok
			GET    /camunda/app/cockpit/default/                                      ok   ok   ok   ok   ok   ok   ok   ok
			GET    /camunda/app/admin/default/                                        ok   ok   ok   ok   ok   ok   ok   ok
			# --- webapps: their login decides who uses which app; their API needs that login, not Basic
			POST   /camunda/api/admin/auth/user/default/login/tasklist        login   401  ok   ok   ok   ok   403  ok   403
			POST   /camunda/api/admin/auth/user/default/login/cockpit         login   401  403  403  403  ok   ok   ok   403
			POST   /camunda/api/admin/auth/user/default/login/admin           login   401  403  403  403  403  403  ok   403
			GET    /camunda/api/engine/engine/default/task                            401  401  401  401  401  401  401  401
			# --- engine REST: lists are filtered per caller; tasks, instances and history per grant
			GET    /engine-rest/engine                                                ok   ok   ok   ok   ok   ok   ok   ok
			GET    /engine-rest/task                                                  401  ok   ok   ok   ok   ok   ok   ok
			GET    /engine-rest/task/{investigationTask}                              401  404  ok   404  ok   ok   ok   404
			GET    /engine-rest/task/{ownFirmTask}                                    401  ok   404  404  ok   ok   ok   404
			GET    /engine-rest/task/{otherFirmTask}                                  401  404  404  404  ok   ok   ok   404
			GET    /engine-rest/task/{otherFirmTask}/variables                        401  403  403  403  ok   ok   ok   403
			POST   /engine-rest/task/{freshTask}/complete                     {}      401  403  ok   403  403  403  ok   403
			GET    /engine-rest/process-instance/{caseInstance}                       401  404  404  404  ok   ok   ok   404
			POST   /engine-rest/process-definition/key/MatrixProbe/start      {}      401  403  403  403  403  403  ok   403
			GET    /engine-rest/deployment                                            401  ok   ok   ok   ok   ok   ok   ok
			POST   /engine-rest/deployment/create                             deployment 401 403 403 403 403 403  ok   403
			DELETE /engine-rest/deployment/{freshDeployment}?reason=matrix          401  403  403  403  403  403  ok   403
			GET    /engine-rest/history/process-instance                              401  ok   ok   ok   ok   ok   ok   ok
			GET    /engine-rest/history/process-instance/{loop}                       401  404  404  404  ok   ok   ok   404
			DELETE /engine-rest/history/process-instance/{freshFinishedInstance}?reason=matrix 401  403  403  403  403  403  ok   403
			GET    /engine-rest/authorization                                         401  ok   ok   ok   ok   ok   ok   ok
			POST   /engine-rest/authorization/create                          new-authorization 401 403 403 403 403 403 ok 403
			GET    /engine-rest/user                                                  401  ok   ok   ok   ok   ok   ok   ok
			POST   /engine-rest/user/create                                   new-user 401 403  403  403  403  403  ok   403
			PUT    /engine-rest/user/matrix-target/credentials                credentials 401 403 403 403 403 403 ok  403
			# --- engine REST writes outside a task's own form: administrators only (issue 14, H1–H7)
			PUT    /engine-rest/task/{freshTask}                              {}      401  403  403  403  403  403  ok   403
			POST   /engine-rest/task/{freshTask}/assignee                     {}      401  403  403  403  403  403  ok   403
			POST   /engine-rest/task/{freshTask}/delegate                     {}      401  403  403  403  403  403  ok   403
			POST   /engine-rest/task/{freshTask}/identity-links               {}      401  403  403  403  403  403  400  403
			POST   /engine-rest/task/{freshTask}/localVariables               {}      401  403  403  403  403  403  ok   403
			POST   /engine-rest/task/{freshTask}/variables                    {}      401  403  403  403  403  403  ok   403
			POST   /engine-rest/process-instance/{caseInstance}/variables     {}      401  403  403  403  403  403  ok   403
			POST   /engine-rest/process-instance/{caseInstance}/modification   {}      401  403  403  403  403  403  400  403
			POST   /engine-rest/identity/verify                               {}      401  403  403  403  403  403  400  403
			DELETE /engine-rest/process-definition/no-such?reason=matrix              401  403  403  403  403  403  404  403
			POST   /engine-rest/process-instance/delete?reason=matrix         {}      401  403  403  403  403  403  400  403
			POST   /engine-rest/job/no-such/execute?reason=matrix                     401  403  403  403  403  403  404  403
			POST   /engine-rest/message                                       {}      401  403  403  403  403  403  400  403
			POST   /engine-rest/signal                                        {}      401  403  403  403  403  403  400  403
			POST   /engine-rest/external-task/fetchAndLock                    {}      401  403  403  403  403  403  400  403
			POST   /engine-rest/filter/create                                 {}      401  403  403  403  403  403  400  403
			DELETE /engine-rest/filter/no-such                                        401  403  403  403  403  403  404  403
			PUT    /engine-rest/history/user-operation/no-such/set-annotation?reason=matrix {} 401 403 403 403 403 403 400 403
			DELETE /engine-rest/user/no-such                                          401  403  403  403  403  403  ok   403
			POST   /engine-rest/tenant/create                                 {}      401  403  403  403  403  403  400  403
			# --- re-assignment: squadron leaders within their squadron, supervisors and admins city-wide
			POST   /api/tasks/no-such-task/reassignment                       {}      401  403  403  400  400  403  400  403
			GET    /api/tasks/no-such-task/reassignment                               401  403  403  404  404  403  404  403
			# --- deployment requests: supervisors ask, another administrator approves in Tasklist
			GET    /api/deployment-requests                                           401  403  403  403  ok   ok   ok   403
			GET    /api/deployment-requests/0                                         401  403  403  403  404  404  404  403
			POST   /api/deployment-requests                                   deployment 401 403 403 403 ok  403  ok   403
			GET    /api/deployment-requests/modeler/version                           401  403  403  403  ok   403  ok   403
			POST   /api/deployment-requests/modeler/deployment/create         deployment 401 403 403 403 ok  403  ok   403
			GET    /engine-rest/group                                                 401  ok   ok   ok   ok   ok   ok   ok
			POST   /engine-rest/group/create                                  new-group 401 403 403  403  403  403  ok   403
			DELETE /engine-rest/group/{freshGroup}                                    401  403  403  403  403  403  ok   403
			PUT    /engine-rest/group/camunda-admin/members/matrix-target             401  403  403  403  403  403  ok   403
			""";

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@Autowired
	AlarmApi alarms;

	@Autowired
	EnterpriseApi enterprises;

	@Autowired
	CaseworkApi casework;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	GridApi grid;

	MatrixFixtures fixtures;

	@BeforeAll
	void createFixtures() {
		fixtures = new MatrixFixtures(engine, alarms, enterprises, casework, jdbc);
	}

	@Test
	void everyEndpointAnswersEachCallerAsTheMatrixSays() {
		MatrixRequests requests = new MatrixRequests(port, fixtures);
		List<String> wrong = new ArrayList<>();
		StringBuilder actual = new StringBuilder();
		for (Row row : rows()) {
			actual.append(String.format("%-6s %-62s %-10s", row.method(), row.path(), row.body() == null ? "" : row.body()));
			for (int i = 0; i < CALLERS.size(); i++) {
				MatrixRequests.Answer answer = requests.send(CALLERS.get(i), row.method(), row.path(), row.body());
				String outcome = outcome(answer.status());
				actual.append(String.format(" %-4s", outcome));
				if (!outcome.equals(row.expected().get(i))) {
					wrong.add("%s %s as %s: expected %s, got %d %s".formatted(row.method(), row.path(), CALLERS.get(i),
							row.expected().get(i), answer.status(), answer.body()));
				}
			}
			actual.append('\n');
		}
		assertThat(wrong).as("answers that differ from the matrix; all answers:%n%s", actual).isEmpty();
	}

	@Test
	void everyEndpointWeExposeHasARowInTheMatrix() {
		Set<String> missing = new LinkedHashSet<>();
		for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
			mapping.getHandlerMethods().forEach((info, handler) -> {
				if (!handler.getBeanType().getPackageName().startsWith("cn.eco.enforcement")) {
					return;
				}
				Set<String> methods = info.getMethodsCondition().getMethods().isEmpty() ? Set.of("*")
						: info.getMethodsCondition().getMethods().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet());
				for (String pattern : info.getPatternValues()) {
					for (String method : methods) {
						if (rows().stream().noneMatch(row -> row.covers(method, pattern))) {
							missing.add(method + " " + pattern + " (" + handler.getBeanType().getSimpleName() + ")");
						}
					}
				}
			});
		}
		assertThat(missing).as("endpoints without a row in AuthorizationMatrixTests.MATRIX").isEmpty();
	}

	@Test
	void adminManagesAuthorizationsInTheAdminWebapp() {
		WebappBrowser admin = new WebappBrowser(port);

		WebappBrowser.Page login = admin.login("admin", "demo", "demo");
		assertThat(login.status()).isEqualTo(200);
		assertThat(login.body()).contains("\"admin\"");
		assertThat(admin.get("/camunda/api/engine/engine/default/authorization?resourceType=0").status()).isEqualTo(200);
		WebappBrowser.Page created = admin.post("/camunda/api/engine/engine/default/authorization/create", """
				{"type": 1, "permissions": ["ACCESS"], "userId": "%s", "resourceType": 0, "resourceId": "cockpit"}"""
			.formatted(MatrixFixtures.TARGET_USER));
		assertThat(created.status()).as(created.body()).isEqualTo(200);
		String id = created.json().get("id").asText();
		assertThat(engine.getAuthorizationService().isUserAuthorized(MatrixFixtures.TARGET_USER, List.of(),
				Permissions.ACCESS, Resources.APPLICATION, "cockpit")).isTrue();

		assertThat(admin.delete("/camunda/api/engine/engine/default/authorization/" + id).status()).isEqualTo(204);
		assertThat(engine.getAuthorizationService().createAuthorizationQuery().authorizationId(id).count()).isZero();
	}

	@Test
	void anEnterpriseAccountSeesNothingOfOtherFirmsThroughTheEngineLists() {
		Http firm = Http.as(port, "ent0001");
		String ownTask = fixtures.resolve("{ownFirmTask}", null);
		String otherTask = fixtures.resolve("{otherFirmTask}", null);

		List<String> ownTasks = firm.get("/engine-rest/task?maxResults=1000").json().findValuesAsText("id");
		assertThat(ownTasks).contains(ownTask).doesNotContain(otherTask, fixtures.resolve("{investigationTask}", null));
		// The firm's own tasks carry their card variables (its own name, township, deadline, urgency); nothing else.
		assertThat(firm.get("/engine-rest/variable-instance").json().findValuesAsText("taskId")).as("/engine-rest/variable-instance")
			.isNotEmpty()
			.allMatch(ownTasks::contains);
		for (String list : List.of("/engine-rest/process-instance", "/engine-rest/history/process-instance", "/engine-rest/history/task", "/engine-rest/history/variable-instance",
				"/engine-rest/history/activity-instance", "/engine-rest/deployment", "/engine-rest/incident",
				"/engine-rest/execution")) {
			assertThat(firm.get(list).json()).as(list).isEmpty();
		}
		// The engine's standalone jobs (the nightly history clean-up) belong to no process and no firm;
		// Camunda lists them to every user.
		assertThat(firm.get("/engine-rest/job").json().findValuesAsText("processInstanceId")).as("/engine-rest/job")
			.allMatch("null"::equals);
		assertThat(firm.get("/engine-rest/user").json().findValuesAsText("id")).containsExactly("ent0001");
		assertThat(firm.get("/engine-rest/group").json().findValuesAsText("id"))
			.containsExactlyInAnyOrder(Roles.ENTERPRISES, EnterpriseApi.accountGroupOf("ENT-0001"));
	}

	@Test
	void decidedAtAppearsOnlyForDecidedCases() {
		String caseId = fixtures.resolve("{case}", null);
		Http supervisor = Http.as(port, "sunli");

		JsonNode inFile = null;
		for (JsonNode c : supervisor.get("/api/enterprises/" + fixtures.firm() + "/file").json().get("cases")) {
			if (c.get("id").asText().equals(caseId)) {
				inFile = c;
			}
		}
		JsonNode inRegistry = supervisor.get("/api/cases/" + caseId).json().get("caseInfo");

		assertThat(inFile.get("status").asText()).as("filed, not decided").isEqualTo("FILED");
		assertThat(inFile.path("decidedAt").asText(null)).as("enterprise file").isNull();
		assertThat(inRegistry.path("decidedAt").asText(null)).as("case registry").isNull();
		assertThat(inRegistry.path("filedAt").asText(null)).as("the filing itself is dated").isNotNull();
	}

	@Test
	void publicPageOfAFirmUnderInvestigationNamesNoOfficerAndNoCaseDetail() {
		String caseNumber = jdbc.sql("SELECT case_number FROM enforcement_case WHERE id = ?")
			.param(Long.valueOf(fixtures.resolve("{case}", null))).query(String.class).single();

		Http.Response page = Http.anonymous(port).get(fixtures.resolve("/public/e/{token}", null));

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("近期监管检查", "现场检查");
		assertThat(page.body()).doesNotContain(fixtures.firm(), caseNumber, "襄环罚", "立案", "案件", "发现违法行为", "超标排放颗粒物",
				"现场检测颗粒物超标", "已责令停止超标排放", "属实", "符合立案条件");
		for (StaffMember staff : grid.allStaff()) {
			assertThat(page.body()).as(staff.userId()).doesNotContain(staff.userId(), staff.name());
			if (staff.email() != null) {
				assertThat(page.body()).doesNotContain(staff.email());
			}
			if (staff.certificateNo() != null) {
				assertThat(page.body()).doesNotContain(staff.certificateNo());
			}
		}
		assertThat(page.body()).as("no phone numbers").doesNotContainPattern("(?<!\\d)1[3-9]\\d{9}(?!\\d)");
		assertThat(page.body()).as("no e-mail addresses").doesNotContainPattern("[\\w.-]+@[\\w-]+\\.[\\w.-]+");
	}

	private static String outcome(int status) {
		return status >= 200 && status < 400 ? "ok" : Integer.toString(status);
	}

	static List<Row> rows() {
		List<Row> rows = new ArrayList<>();
		for (String line : MATRIX.replace("\\\n", " ").split("\n")) {
			String trimmed = line.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("#")) {
				continue;
			}
			String[] tokens = trimmed.split("\\s+");
			int expectations = tokens.length - CALLERS.size();
			rows.add(new Row(tokens[0], tokens[1], expectations == 3 ? tokens[2] : null,
					Arrays.asList(tokens).subList(expectations, tokens.length)));
		}
		return rows;
	}

	/** One line of the matrix: a request and what each caller gets. */
	record Row(String method, String path, String body, List<String> expected) {

		boolean covers(String handlerMethod, String pattern) {
			String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
			return (handlerMethod.equals("*") || handlerMethod.equals(method))
					&& PathPatternParser.defaultInstance.parse(pattern).matches(PathContainer.parsePath(bare));
		}

	}

}
