package cn.eco.enforcement.casework.internal;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.eco.enforcement.shared.InvalidInputException;
import cn.eco.enforcement.shared.InvalidInputException.FieldProblem;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Four eyes on every process change: a supervisor's BPMN, DMN or form files become a request that
 * an administrator other than the requester approves in Tasklist (process {@code deployment-approval});
 * only then are the stored files deployed, screened again by {@link DeploymentScreen}. Requests,
 * both names and the decision stay in {@code deployment_request}.
 */
@Component
public class DeploymentRequests {

	public static final String PROCESS_KEY = "deployment-approval";

	static final long MAX_TOTAL_BYTES = 10L * 1024 * 1024;

	private static final List<String> SUFFIXES = List.of(".bpmn", ".dmn", ".form", ".html");

	private static final Logger log = LoggerFactory.getLogger(DeploymentRequests.class);

	private final JdbcClient jdbc;

	private final RuntimeService runtime;

	private final RepositoryService repository;

	private final DeploymentScreening screening;

	DeploymentRequests(JdbcClient jdbc, RuntimeService runtime, RepositoryService repository,
			DeploymentScreening screening) {
		this.jdbc = jdbc;
		this.runtime = runtime;
		this.repository = repository;
		this.screening = screening;
	}

	/** One submitted file. */
	public record SubmittedFile(String name, byte[] content) {
	}

	/** A request as listed: files by name and SHA-256. */
	public record Request(long id, String name, String requestedBy, OffsetDateTime requestedAt, String status,
			String decidedBy, OffsetDateTime decidedAt, String decisionComment, String deploymentId,
			String processInstanceId, List<Map<String, String>> files) {
	}

	/**
	 * Stores the files as a request and starts its approval.
	 * @throws InvalidInputException when a file is of the wrong kind or fails the screen
	 */
	@Transactional
	public Request submit(String requestedBy, String name, List<SubmittedFile> files) {
		refuseBadFiles(name, files);
		var keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO deployment_request (name, requested_by, requested_at, status) VALUES (?, ?, ?, 'PENDING')")
			.params(name, requestedBy, OffsetDateTime.now())
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		StringBuilder summary = new StringBuilder();
		for (SubmittedFile file : files) {
			String sha = sha256(file.content());
			jdbc.sql("INSERT INTO deployment_request_file (request_id, file_name, sha256, content) VALUES (?, ?, ?, ?)")
				.params(id, file.name(), sha, file.content())
				.update();
			summary.append(file.name()).append("（").append(file.content().length).append(" 字节，SHA-256 ")
				.append(sha, 0, 16).append("…）\n");
		}
		String instance = runtime.startProcessInstanceByKey(PROCESS_KEY, "DEPLOY-REQ-" + id,
				Map.of("deploymentRequestId", id, "requestName", name, "requestedBy", requestedBy, "requestSummary",
						"部署申请 #" + id + "：" + name + "\n提交人：" + requestedBy + "\n文件：\n" + summary))
			.getId();
		jdbc.sql("UPDATE deployment_request SET process_instance_id = ? WHERE id = ?").params(instance, id).update();
		log.info("Deployment request #{} ({}) by {}: {} file(s)", id, name, requestedBy, files.size());
		return find(id);
	}

	/**
	 * The administrator's decision: deploys the stored files when approved.
	 * @throws BadUserRequestException when the approver is the requester, or the request is decided
	 */
	@Transactional
	public void decide(long id, String decidedBy, boolean approved, String comment) {
		Request request = find(id);
		if (request == null || !request.status().equals("PENDING")) {
			throw new BadUserRequestException("部署申请 #" + id + " 已处理或不存在");
		}
		if (decidedBy == null || decidedBy.equals(request.requestedBy())) {
			throw new BadUserRequestException("不能审批自己提交的部署申请（四眼原则）：须由另一位系统管理员审批");
		}
		String deploymentId = null;
		if (approved) {
			DeploymentBuilder builder = repository.createDeployment()
				.name(request.name())
				.source("部署申请 #" + id + "，提交 " + request.requestedBy() + "，批准 " + decidedBy)
				.enableDuplicateFiltering(false);
			jdbc.sql("SELECT file_name, content FROM deployment_request_file WHERE request_id = ? ORDER BY file_name")
				.param(id)
				.query((rs, n) -> builder.addInputStream(rs.getString(1), new ByteArrayInputStream(rs.getBytes(2))))
				.list();
			deploymentId = builder.deploy().getId();
		}
		jdbc.sql("""
				UPDATE deployment_request SET status = ?, decided_by = ?, decided_at = ?, decision_comment = ?,
				deployment_id = ? WHERE id = ?""")
			.params(approved ? "DEPLOYED" : "REJECTED", decidedBy, OffsetDateTime.now(), comment, deploymentId, id)
			.update();
		log.info("Deployment request #{} {} by {}", id, approved ? "approved and deployed as " + deploymentId : "rejected",
				decidedBy);
	}

	public List<Request> list() {
		return jdbc.sql("SELECT id FROM deployment_request ORDER BY id DESC").query(Long.class).list().stream()
			.map(this::find).toList();
	}

	public Request find(long id) {
		List<Map<String, String>> files = jdbc
			.sql("SELECT file_name, sha256 FROM deployment_request_file WHERE request_id = ? ORDER BY file_name")
			.param(id)
			.query((rs, n) -> Map.of("name", rs.getString(1), "sha256", rs.getString(2)))
			.list();
		return jdbc.sql("SELECT * FROM deployment_request WHERE id = ?").param(id)
			.query((rs, n) -> new Request(rs.getLong("id"), rs.getString("name"), rs.getString("requested_by"),
					rs.getObject("requested_at", OffsetDateTime.class), rs.getString("status"),
					rs.getString("decided_by"), rs.getObject("decided_at", OffsetDateTime.class),
					rs.getString("decision_comment"), rs.getString("deployment_id"),
					rs.getString("process_instance_id"), files))
			.optional()
			.orElse(null);
	}

	private void refuseBadFiles(String name, List<SubmittedFile> files) {
		List<FieldProblem> problems = new ArrayList<>();
		if (name == null || name.isBlank() || name.length() > 200) {
			problems.add(new FieldProblem("name", "请填写部署名称（不超过 200 字）"));
		}
		if (files.isEmpty()) {
			problems.add(new FieldProblem("file", "至少提交一个流程文件（.bpmn、.dmn、.form、.html）"));
		}
		long total = 0;
		DeploymentScreen screen = screening.screen();
		for (SubmittedFile file : files) {
			total += file.content().length;
			String lower = file.name().toLowerCase(Locale.ROOT);
			if (SUFFIXES.stream().noneMatch(lower::endsWith) || file.name().length() > 300) {
				problems.add(new FieldProblem("file[" + file.name() + "]", "只接受 .bpmn、.dmn、.form、.html 文件"));
				continue;
			}
			for (DeploymentScreen.Refusal refusal : screen.screen(file.name(), file.content())) {
				problems.add(new FieldProblem("file[" + file.name() + "]" + (refusal.elementId() == null ? ""
						: "." + refusal.elementId()), refusal.reason()));
			}
		}
		if (total > MAX_TOTAL_BYTES) {
			problems.add(new FieldProblem("file", "文件合计不得超过 10 MB"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
