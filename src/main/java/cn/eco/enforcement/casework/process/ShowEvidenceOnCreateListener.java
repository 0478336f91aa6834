package cn.eco.enforcement.casework.process;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import cn.eco.enforcement.evidence.EvidenceApi;
import cn.eco.enforcement.evidence.EvidenceItem;
import cn.eco.enforcement.grid.GridApi;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * When a task that shows the evidence is created, puts the alarm's evidence as it stands into
 * {@code evidenceItems} (JSON), which the Camunda Forms' text components render as thumbnails that open
 * the full file in a new window with Tasklist's session (an HTML component could style them, but its
 * sanitizer drops {@code target}): {@code [{fileName, name, kind, picture, url, thumbnailUrl, note}]} ({@code name} and {@code note} HTML-escaped). Items of a
 * case link under the case, so its investigators open them without having worked the loop.
 */
@Component
class ShowEvidenceOnCreateListener implements TaskListener {

	static final String EVIDENCE_ITEMS = "evidenceItems";

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final ObjectMapper JSON = new ObjectMapper();

	private final EvidenceApi evidence;

	private final GridApi grid;

	private final ZoneId zone;

	ShowEvidenceOnCreateListener(EvidenceApi evidence, GridApi grid, @Value("${app.zone:Asia/Shanghai}") ZoneId zone) {
		this.evidence = evidence;
		this.grid = grid;
		this.zone = zone;
	}

	@Override
	public void notify(DelegateTask task) {
		if (!(task.getVariable(LoopVariables.ALARM_ID) instanceof Number alarmId)) {
			return;
		}
		Object caseId = task.getVariable(LoopVariables.CASE_ID);
		String base = caseId != null && "case-filing".equals(processKeyOf(task)) ? "/api/cases/" + caseId
				: "/api/alarms/" + alarmId.longValue();
		List<Map<String, Object>> shown = evidence.of(alarmId.longValue()).stream().map(item -> shown(base, item)).toList();
		try {
			task.setVariable(EVIDENCE_ITEMS, SpinValues.jsonValue(JSON.writeValueAsString(shown)).create());
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Map<String, Object> shown(String base, EvidenceItem item) {
		String url = base + "/evidence/" + item.id();
		Map<String, Object> shown = new LinkedHashMap<>();
		shown.put("fileName", item.fileName());
		// The forms' text component puts values into its HTML as they are: names go in as text only.
		shown.put("name", HtmlUtils.htmlEscape(item.fileName()));
		shown.put("kind", item.chart() ? "图表" : item.contentType().startsWith("image/") ? "照片" : item.contentType().startsWith("video/") ? "视频" : "文档");
		shown.put("picture", item.picture());
		shown.put("url", url);
		shown.put("thumbnailUrl", item.picture() ? url + "?thumbnail=true" : null);
		shown.put("note", HtmlUtils.htmlEscape(grid.findStaff(item.uploadedBy()).map(s -> s.name()).orElse(item.uploadedBy()) + " 上传"
				+ (item.capturedAt() == null ? "" : "，拍摄于 " + MINUTES.format(item.capturedAt().atZoneSameInstant(zone)))));
		return shown;
	}

	private static String processKeyOf(DelegateTask task) {
		String definitionId = task.getProcessDefinitionId();
		return definitionId == null ? null : definitionId.substring(0, definitionId.indexOf(':'));
	}

}
