package cn.eco.enforcement.casework.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.task.Task;

/**
 * The fields a task's form lets its user fill in, read from the deployed form itself: a Camunda
 * Form ({@code camunda:formRef}, its components' keys and types) or an embedded HTML form
 * ({@code cam-variable-name} and {@code cam-variable-type}). Read-only and disabled components only
 * show what earlier steps recorded, so they are not writable. Cached per deployment and form, since
 * deployed resources never change.
 */
class TaskFormFields {

	private static final Pattern EMBEDDED_FIELD = Pattern
		.compile("<[^>]*\\bcam-variable-name=\"([^\"]+)\"[^>]*>", Pattern.DOTALL);

	private static final Pattern EMBEDDED_TYPE = Pattern.compile("\\bcam-variable-type=\"([^\"]+)\"");

	private static final Set<String> DISPLAY_ONLY_TYPES = Set.of("text", "image", "button", "spacer", "separator",
			"html", "group", "dynamiclist", "iframe", "table");

	/** A field of a form: its component type and, for a select or radio with fixed options, their values. */
	record Field(String type, boolean writable, Set<String> options) {
	}

	private final RepositoryService repository;

	private final ObjectMapper json = new ObjectMapper();

	private final Map<String, Map<String, Field>> cache = new ConcurrentHashMap<>();

	TaskFormFields(RepositoryService repository) {
		this.repository = repository;
	}

	/**
	 * The task's form fields by variable name; empty when the task has no form (nothing may be set).
	 * The task must have been read with {@code initializeFormKeys()}.
	 */
	Map<String, Field> of(Task task, String deploymentId) {
		if (task.getCamundaFormRef() != null) {
			String key = task.getCamundaFormRef().getKey();
			return cache.computeIfAbsent(deploymentId + "|form|" + key, k -> camundaForm(deploymentId, key));
		}
		String formKey = task.getFormKey();
		if (formKey != null && formKey.startsWith("embedded:deployment:")) {
			String resource = formKey.substring("embedded:deployment:".length());
			return cache.computeIfAbsent(deploymentId + "|html|" + resource, k -> embeddedForm(deploymentId, resource));
		}
		return Map.of();
	}

	private Map<String, Field> camundaForm(String deploymentId, String formId) {
		for (String name : repository.getDeploymentResourceNames(deploymentId)) {
			if (!name.endsWith(".form")) {
				continue;
			}
			JsonNode form = readJson(deploymentId, name);
			if (formId.equals(form.path("id").asText())) {
				Map<String, Field> fields = new LinkedHashMap<>();
				collect(form.path("components"), fields);
				return fields;
			}
		}
		throw new IllegalStateException("Form " + formId + " is not in deployment " + deploymentId);
	}

	private void collect(JsonNode components, Map<String, Field> fields) {
		for (JsonNode component : components) {
			collect(component.path("components"), fields);
			String type = component.path("type").asText();
			String key = component.path("key").asText(null);
			if (key == null || DISPLAY_ONLY_TYPES.contains(type)) {
				continue;
			}
			boolean writable = !component.path("readonly").asBoolean(false)
					&& !component.path("disabled").asBoolean(false);
			Set<String> options = new HashSet<>();
			component.path("values").forEach(v -> options.add(v.path("value").asText()));
			fields.put(key, new Field(type, writable, Set.copyOf(options)));
		}
	}

	private Map<String, Field> embeddedForm(String deploymentId, String resource) {
		String html;
		try (InputStream in = repository.getResourceAsStream(deploymentId, resource)) {
			html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Form " + resource + " cannot be read", ex);
		}
		Map<String, Field> fields = new LinkedHashMap<>();
		Matcher tag = EMBEDDED_FIELD.matcher(html);
		while (tag.find()) {
			Matcher type = EMBEDDED_TYPE.matcher(tag.group());
			fields.put(tag.group(1), new Field(type.find() ? type.group(1) : "String", true, Set.of()));
		}
		return fields;
	}

	private JsonNode readJson(String deploymentId, String resource) {
		try (InputStream in = repository.getResourceAsStream(deploymentId, resource)) {
			return json.readTree(in);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Form " + resource + " cannot be read", ex);
		}
	}

}
