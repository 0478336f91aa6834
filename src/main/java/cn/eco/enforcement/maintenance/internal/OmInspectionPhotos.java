package cn.eco.enforcement.maintenance.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import cn.eco.enforcement.enterprise.EnterpriseApi;
import cn.eco.enforcement.evidence.EvidenceApi;
import cn.eco.enforcement.evidence.EvidenceApi.Upload;
import cn.eco.enforcement.evidence.EvidenceItem;
import cn.eco.enforcement.identity.Roles;
import cn.eco.enforcement.monitoring.MonitoringApi;
import cn.eco.enforcement.shared.InvalidInputException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

/**
 * The photos of an O&M inspection, per checklist item (巡检照片), kept as evidence. The inspector who
 * works the inspection adds them while its task 现场巡检 is open (his company's contract covers the
 * device); the bureau's staff over the firm or station read them (supervisors, auditors, admins,
 * the squadron's inspectors and leaders), the company's inspectors too; a firm's accounts read the
 * photos of the items that became findings about their firm, which they rectify, and nothing else.
 */
@Service
public class OmInspectionPhotos {

	/** The checklist: item key and the label the forms show. */
	public record ChecklistItem(String key, String label) {
	}

	/** An item's photos, oldest first. */
	public record ItemPhotos(String item, String label, List<EvidenceItem> photos) {
	}

	/** The caller: user id and Camunda group ids. */
	public record Caller(String userId, Set<String> groups) {

		boolean in(String group) {
			return groups.contains(group);
		}

	}

	/** The inspection does not exist. */
	public static class UnknownInspection extends RuntimeException {

		UnknownInspection(long id) {
			super("没有这次巡检：" + id);
		}

	}

	/** The caller may not do this with the inspection's photos. */
	public static class NotAllowed extends RuntimeException {

		NotAllowed(String message) {
			super(message);
		}

	}

	/** The finding's process variable with its item's photos. */
	static final String ITEM_PHOTOS = "itemPhotos";

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Set<String> OVERSEERS = Set.of(Roles.ADMIN, Roles.SUPERVISORS, Roles.AUDITORS);

	private final EvidenceApi evidence;

	private final OmContracts contracts;

	private final OmSubjects subjects;

	private final MonitoringApi monitoring;

	private final TaskService tasks;

	private final JdbcClient jdbc;

	private final Clock clock;

	OmInspectionPhotos(EvidenceApi evidence, OmContracts contracts, OmSubjects subjects, MonitoringApi monitoring,
			TaskService tasks, JdbcClient jdbc, Clock clock) {
		this.evidence = evidence;
		this.contracts = contracts;
		this.subjects = subjects;
		this.monitoring = monitoring;
		this.tasks = tasks;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public static List<ChecklistItem> checklist() {
		return OmChecklist.ITEMS.stream().map(i -> new ChecklistItem(i.key(), i.label())).toList();
	}

	/** Stores photos of one checklist item; all or none. */
	public List<EvidenceItem> add(long inspectionId, String item, Caller caller, List<Upload> uploads) {
		checkMayAdd(inspectionId, caller);
		if (OmChecklist.ITEMS.stream().noneMatch(i -> i.key().equals(item))) {
			throw new InvalidInputException("item", "没有这个检查项：" + item + "（可选 "
					+ String.join("、", OmChecklist.ITEMS.stream().map(i -> i.key() + " " + i.label()).toList()) + "）");
		}
		return evidence.storeForOmInspection(inspectionId, item, caller.userId(), uploads);
	}

	/** Refuses who may not add photos to the inspection now. */
	public void checkMayAdd(long inspectionId, Caller caller) {
		if (!worksTheInspection(inspection(inspectionId), caller)) {
			throw new NotAllowed("只有承担此次巡检的第三方巡检人员在“现场巡检”办理期间才能上传巡检照片");
		}
	}

	/** The photos the caller reads, grouped by checklist item in checklist order; items without photos too. */
	public List<ItemPhotos> list(long inspectionId, Caller caller) {
		Predicate<String> readable = readableItems(inspection(inspectionId), caller);
		Map<String, List<EvidenceItem>> byItem = evidence.ofOmInspection(inspectionId);
		List<ItemPhotos> list = new ArrayList<>();
		for (OmChecklist.Item item : OmChecklist.ITEMS) {
			if (readable.test(item.key())) {
				list.add(new ItemPhotos(item.key(), item.label(), byItem.getOrDefault(item.key(), List.of())));
			}
		}
		return list;
	}

	/** One photo the caller reads; empty when it is not the inspection's or not for the caller. */
	public Optional<EvidenceItem> photo(long inspectionId, long photoId, Caller caller) {
		Predicate<String> readable = readableItems(inspection(inspectionId), caller);
		return evidence.findOfOmInspection(inspectionId, photoId)
			.filter(found -> readable.test(found.checklistItem()))
			.map(EvidenceApi.ChecklistEvidence::item);
	}

	/** A photo of a finding's checklist item: where it is and its name. */
	record FindingPhoto(String url, String fileName, boolean picture) {
	}

	/** The photos of the checklist item with this label (a finding's {@code item}), oldest first. */
	List<FindingPhoto> ofFinding(long inspectionId, String itemLabel) {
		String key = OmChecklist.ITEMS.stream().filter(i -> i.label().equals(itemLabel)).map(OmChecklist.Item::key)
			.findFirst().orElse(null);
		return key == null ? List.of()
				: evidence.ofOmInspection(inspectionId).getOrDefault(key, List.of()).stream()
					.map(p -> new FindingPhoto(urlOf(inspectionId, p.id()), p.fileName(), p.picture()))
					.toList();
	}

	/**
	 * The JSON variable {@value #ITEM_PHOTOS} for the finding's forms, whose text components loop over
	 * it: {@code [{name, url, thumbnailUrl, picture}]}, {@code name} HTML-escaped (the forms put values
	 * into their HTML as they are).
	 */
	Object shownForFinding(long inspectionId, String itemLabel) {
		List<Map<String, Object>> shown = ofFinding(inspectionId, itemLabel).stream().map(p -> {
			Map<String, Object> one = new LinkedHashMap<>();
			one.put("name", HtmlUtils.htmlEscape(p.fileName()));
			one.put("url", p.url());
			one.put("thumbnailUrl", p.picture() ? p.url() + "?thumbnail=true" : null);
			one.put("picture", p.picture());
			return one;
		}).toList();
		try {
			return SpinValues.jsonValue(JSON.writeValueAsString(shown)).create();
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String urlOf(long inspectionId, long photoId) {
		return "/api/om-inspection/inspections/" + inspectionId + "/photos/" + photoId;
	}

	/** Whether the inspection has at least one photo (any item): the rule of 现场照片 合格. */
	boolean hasPhotos(long inspectionId) {
		return evidence.ofOmInspection(inspectionId).values().stream().flatMap(List::stream)
			.anyMatch(EvidenceItem::photoOrVideo);
	}

	private record Inspection(long id, String mn, String companyCode, String processInstanceId) {
	}

	private Inspection inspection(long id) {
		return jdbc.sql("SELECT id, mn, company_code, process_instance_id FROM om_inspection WHERE id = ?")
			.param(id)
			.query(Inspection.class)
			.optional()
			.orElseThrow(() -> new UnknownInspection(id));
	}

	/**
	 * An inspector of the company whose valid contract covers the device, while 现场巡检 is open and
	 * either his or unclaimed.
	 */
	private boolean worksTheInspection(Inspection inspection, Caller caller) {
		String group = OmContracts.groupOf(inspection.companyCode());
		if (!caller.in(Roles.OM_INSPECTORS) || !caller.in(group) || inspection.processInstanceId() == null) {
			return false;
		}
		boolean underContract = contracts.contractOf(inspection.mn(), LocalDate.now(clock))
			.filter(c -> c.companyCode().equals(inspection.companyCode()))
			.isPresent();
		Task task = tasks.createTaskQuery().processInstanceId(inspection.processInstanceId())
			.taskDefinitionKey("Task_InspectDevice").active().singleResult();
		return underContract && task != null
				&& (task.getAssignee() == null ? candidate(task, group) : task.getAssignee().equals(caller.userId()));
	}

	private boolean candidate(Task task, String group) {
		return tasks.getIdentityLinksForTask(task.getId()).stream().anyMatch(l -> group.equals(l.getGroupId()));
	}

	/** Which checklist items' photos the caller reads; refuses who reads none. */
	private Predicate<String> readableItems(Inspection inspection, Caller caller) {
		if (OVERSEERS.stream().anyMatch(caller::in) || caller.in(OmContracts.groupOf(inspection.companyCode()))) {
			return item -> true;
		}
		OmSubjects.Subject subject = monitoring.device(inspection.mn()).map(subjects::of).orElseThrow();
		boolean staff = caller.in(Roles.INSPECTORS) || caller.in(Roles.SQUADRON_LEADERS);
		if (staff && caller.in(subject.squadronGroup())) {
			return item -> true;
		}
		if (subject.enterpriseCode() != null && caller.in(Roles.ENTERPRISES)
				&& caller.in(EnterpriseApi.accountGroupOf(subject.enterpriseCode()))) {
			Set<String> findings = Set.copyOf(jdbc.sql("SELECT item FROM om_finding WHERE inspection_id = ?")
				.param(inspection.id())
				.query(String.class)
				.list());
			return item -> OmChecklist.ITEMS.stream().anyMatch(i -> i.key().equals(item) && findings.contains(i.label()));
		}
		throw new NotAllowed("只有本局监管人员、所属中队、承担巡检的第三方公司及被发现问题的企业才能查看巡检照片");
	}

}
