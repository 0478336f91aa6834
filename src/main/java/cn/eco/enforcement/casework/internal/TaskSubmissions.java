package cn.eco.enforcement.casework.internal;

import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.eco.enforcement.casework.internal.TaskFormFields.Field;

/**
 * What a task completion may carry: only the fields its form lets the user fill in, each with a
 * value of the field's kind. Read-only fields of the form are dropped (the form only showed them,
 * so nothing of them is written again); a variable the form does not have, a serialized Java
 * object or a file where the form takes none is refused. This is why decision variables such as
 * {@code squadronLeader} or {@code investigatedBy} can only come from the process itself.
 */
final class TaskSubmissions {

	/** A refused submission: the HTTP status and the reason in Chinese. */
	static final class Refused extends RuntimeException {

		private final int status;

		Refused(int status, String reason) {
			super(reason, null, false, false);
			this.status = status;
		}

		int status() {
			return status;
		}

	}

	private TaskSubmissions() {
	}

	/**
	 * Checks the {@code variables} of a {@code complete} or {@code submit-form} body against the form
	 * and removes the read-only ones in place.
	 * @throws Refused when a variable is not the form's or its value is not of the field's kind
	 */
	static void screen(ObjectNode body, Map<String, Field> fields) {
		JsonNode variables = body.path("variables");
		if (variables.isMissingNode() || variables.isNull()) {
			return;
		}
		if (!variables.isObject()) {
			throw new Refused(400, "variables 应为对象");
		}
		for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext();) {
			Map.Entry<String, JsonNode> variable = it.next();
			Field field = fields.get(variable.getKey());
			if (field == null) {
				throw new Refused(403, "此任务的表单没有字段“" + variable.getKey() + "”，不能在办理任务时设置它");
			}
			if (!field.writable()) {
				it.remove();
				continue;
			}
			String problem = valueProblem(variable.getValue(), field);
			if (problem != null) {
				throw new Refused(400, "字段“" + variable.getKey() + "”" + problem);
			}
		}
	}

	private static String valueProblem(JsonNode variable, Field field) {
		if (!variable.isObject()) {
			return "的格式应为 {\"value\": …, \"type\": …}";
		}
		String type = variable.path("type").asText("").toLowerCase(Locale.ROOT);
		JsonNode value = variable.path("value");
		String format = variable.path("valueInfo").path("serializationDataFormat").asText("");
		if (type.equals("object") || format.contains("java")) {
			return "不接受序列化对象（Object）类型";
		}
		boolean isFile = field.type().equalsIgnoreCase("File");
		if (type.equals("file") != isFile) {
			return isFile ? "应为文件（File）" : "不接受文件（File）类型";
		}
		if (isFile || value.isNull() || value.isMissingNode()) {
			return null;
		}
		return switch (field.type().toLowerCase(Locale.ROOT)) {
			case "checkbox", "boolean" -> value.isBoolean() ? null : "应为是/否（Boolean）";
			case "number", "long", "integer", "double" -> value.isNumber() ? null : "应为数字";
			case "checklist", "taglist", "json" -> null;
			case "select", "radio" -> !value.isTextual() ? "应为文本"
					: field.options().isEmpty() || field.options().contains(value.asText()) || value.asText().isEmpty()
							? null : "不是可选的值：" + value.asText();
			default -> value.isTextual() ? null : "应为文本";
		};
	}

}
