package cn.eco.enforcement.identity;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import cn.eco.enforcement.support.Http;

/** BPMN files as an attacker or a supervisor would write them, and the multipart deploy they send. */
final class Probes {

	private static final String HEAD = """
			<?xml version="1.0" encoding="UTF-8"?>
			<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
			    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="probe">
			""";

	private Probes() {
	}

	static String serviceTask(String key, String binding) {
		return HEAD + """
				  <process id="%s" isExecutable="true" camunda:historyTimeToLive="P1D">
				    <startEvent id="StartEvent_Probe"/>
				    <sequenceFlow id="Flow_1" sourceRef="StartEvent_Probe" targetRef="Task_Probe"/>
				    <serviceTask id="Task_Probe" %s/>
				    <sequenceFlow id="Flow_2" sourceRef="Task_Probe" targetRef="EndEvent_Probe"/>
				    <endEvent id="EndEvent_Probe"/>
				  </process>
				</definitions>""".formatted(key, binding);
	}

	static String scriptTask(String key) {
		return HEAD + """
				  <process id="%s" isExecutable="true" camunda:historyTimeToLive="P1D">
				    <startEvent id="StartEvent_Probe"/>
				    <sequenceFlow id="Flow_1" sourceRef="StartEvent_Probe" targetRef="Task_Probe"/>
				    <scriptTask id="Task_Probe" scriptFormat="javascript"><script>java.lang.System.exit(1)</script></scriptTask>
				  </process>
				</definitions>""".formatted(key);
	}

	/** What a supervisor's Modeler edit looks like: another timer and a new user task with a form. */
	static String userTaskWithTimer(String key) {
		return HEAD + """
				  <process id="%s" isExecutable="true" camunda:historyTimeToLive="P1825D">
				    <startEvent id="StartEvent_Probe"/>
				    <sequenceFlow id="Flow_1" sourceRef="StartEvent_Probe" targetRef="Task_Review"/>
				    <userTask id="Task_Review" name="复核" camunda:formRef="sign-for" camunda:formRefBinding="latest"
				        camunda:candidateGroups="${candidateGroup}" camunda:dueDate="${reviewDueDate}"/>
				    <boundaryEvent id="BoundaryEvent_ReviewOverdue" attachedToRef="Task_Review" cancelActivity="false">
				      <timerEventDefinition><timeDuration>PT4H</timeDuration></timerEventDefinition>
				    </boundaryEvent>
				    <sequenceFlow id="Flow_2" sourceRef="Task_Review" targetRef="Gateway_Ok"/>
				    <exclusiveGateway id="Gateway_Ok" default="Flow_No"/>
				    <sequenceFlow id="Flow_Yes" sourceRef="Gateway_Ok" targetRef="EndEvent_Probe">
				      <conditionExpression>${approved and riskScore &gt;= 3 || supervisionMode == 'OFF_SITE'}</conditionExpression>
				    </sequenceFlow>
				    <sequenceFlow id="Flow_No" sourceRef="Gateway_Ok" targetRef="EndEvent_Probe"/>
				    <endEvent id="EndEvent_Probe"/>
				  </process>
				</definitions>""".formatted(key);
	}

	static Http.Response deploy(int port, String user, String path, String fileName, String bpmn) {
		String boundary = "----enforcement-probe";
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nprobe-" + user
				+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileName + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + bpmn + "\r\n--" + boundary
				+ "--\r\n";
		Http http = Http.as(port, user);
		return http.send(http.request(path)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
	}

}
