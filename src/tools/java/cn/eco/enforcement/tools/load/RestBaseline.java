package cn.eco.enforcement.tools.load;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A second yardstick, for information: bare Camunda over the platform's own engine REST API, so with
 * the same HTTP stack, HTTP Basic check and database as the alarms. A one-user-task process is
 * deployed to the platform (as {@code --admin}; duplicate deployments are filtered) and started by
 * {@code --threads} clients back to back. The target ratio stays against the in-process baseline.
 */
final class RestBaseline {

	static final String PROCESS_KEY = "intake-load-rest-baseline";

	private static final String BPMN = """
			<?xml version="1.0" encoding="UTF-8"?>
			<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
			    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_RestBaseline"
			    targetNamespace="http://eco.cn/enforcement/load">
			  <bpmn:process id="%s" name="负载测试基准（单用户任务）" isExecutable="true" camunda:historyTimeToLive="1">
			    <bpmn:startEvent id="StartEvent_Baseline" />
			    <bpmn:sequenceFlow id="Flow_StartToTask" sourceRef="StartEvent_Baseline" targetRef="Task_Baseline" />
			    <bpmn:userTask id="Task_Baseline" name="基准任务" camunda:assignee="%s" />
			    <bpmn:sequenceFlow id="Flow_TaskToEnd" sourceRef="Task_Baseline" targetRef="EndEvent_Baseline" />
			    <bpmn:endEvent id="EndEvent_Baseline" />
			  </bpmn:process>
			</bpmn:definitions>
			""";

	private RestBaseline() {
	}

	static Measured run(AlarmTraffic traffic, int threads, int seconds) throws IOException, InterruptedException {
		deploy(traffic);
		return IntakeLoad.closedLoop(threads, seconds, counted -> start(traffic));
	}

	private static void deploy(AlarmTraffic traffic) throws IOException, InterruptedException {
		String boundary = "----intake-load-" + UUID.randomUUID();
		String body = part(boundary, "deployment-name", null, "intake-load-rest-baseline")
				+ part(boundary, "enable-duplicate-filtering", null, "true")
				+ part(boundary, "deployment-source", null, "IntakeLoad")
				+ part(boundary, "data", "intake-load-rest-baseline.bpmn", BPMN.formatted(PROCESS_KEY, traffic.admin()))
				+ "--" + boundary + "--\r\n";
		HttpResponse<String> response = traffic.client()
			.send(traffic.request("/engine-rest/deployment/create", traffic.admin(), traffic.adminPassword())
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		if (response.statusCode() != 200) {
			throw new IOException("deploying the REST baseline: HTTP " + response.statusCode() + " " + response.body());
		}
	}

	private static String part(String boundary, String name, String fileName, String content) {
		return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
				+ (fileName == null ? "" : "; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream")
				+ "\r\n\r\n" + content + "\r\n";
	}

	private static boolean start(AlarmTraffic traffic) {
		try {
			HttpResponse<String> response = traffic.client()
				.send(traffic.request("/engine-rest/process-definition/key/" + PROCESS_KEY + "/start", traffic.admin(),
						traffic.adminPassword())
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("{}"))
					.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return response.statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
