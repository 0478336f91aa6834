package cn.eco.enforcement.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import cn.eco.enforcement.casework.internal.ProcessDeployment;
import cn.eco.enforcement.support.IntegrationTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.Resource;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/** Every file in {@code processes/} reaches the engine, and every BPMN file becomes a runnable process. */
@IntegrationTest
class ProcessDeploymentTests {

	@Autowired
	RepositoryService repository;

	@Test
	void everyFileInTheProcessesFolderIsDeployedUnderItsRelativeName() throws IOException {
		Deployment deployment = repository.createDeploymentQuery()
			.deploymentName(ProcessDeployment.DEPLOYMENT_NAME)
			.orderByDeploymentTime()
			.desc()
			.list()
			.get(0);

		List<String> deployed = repository.getDeploymentResources(deployment.getId())
			.stream()
			.map(Resource::getName)
			.toList();

		assertThat(deployed).containsExactlyInAnyOrderElementsOf(projectFiles());
		assertThat(deployed).contains("enforcement-loop.bpmn", "case-filing.bpmn", "forms/handle-on-site.html",
				"forms/sign-for.form");
	}

	@Test
	void everyBpmnFileDefinesAnExecutableProcessNamedAfterTheFile() throws IOException {
		for (String file : projectFiles()) {
			if (file.endsWith(".bpmn")) {
				String key = Path.of(file).getFileName().toString().replace(".bpmn", "");
				assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().count())
					.as(file)
					.isOne();
			}
		}
	}

	/** The audit trail shows every activity by its name, gateways included: none may show its id. */
	@Test
	void everyActivityOfEveryProcessHasAChineseName() throws IOException {
		List<String> unnamed = new ArrayList<>();
		for (String file : projectFiles()) {
			if (file.endsWith(".bpmn")) {
				String key = Path.of(file).getFileName().toString().replace(".bpmn", "");
				String definition = repository.createProcessDefinitionQuery()
					.processDefinitionKey(key)
					.latestVersion()
					.singleResult()
					.getId();
				repository.getBpmnModelInstance(definition)
					.getModelElementsByType(FlowNode.class)
					.stream()
					.filter(node -> node.getName() == null || !node.getName().matches(".*\\p{IsHan}.*"))
					.forEach(node -> unnamed.add(file + ": " + node.getId()));
			}
		}

		assertThat(unnamed).as("activities without a Chinese name").isEmpty();
	}

	@Test
	void restartWithUnchangedFilesCreatesNoNewVersion() throws Exception {
		long before = repository.createDeploymentQuery().deploymentName(ProcessDeployment.DEPLOYMENT_NAME).count();

		new ProcessDeployment(repository, "classpath:processes/").afterPropertiesSet();

		assertThat(repository.createDeploymentQuery().deploymentName(ProcessDeployment.DEPLOYMENT_NAME).count())
			.isEqualTo(before);
	}

	private static List<String> projectFiles() throws IOException {
		Path root = Path.of("processes");
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(Files::isRegularFile)
				.map(p -> root.relativize(p).toString().replace('\\', '/'))
				.toList();
		}
	}

}
