package cn.eco.enforcement.tools.load;

import static org.assertj.core.api.Assertions.assertThat;

import cn.eco.enforcement.support.IntegrationTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The REST yardstick of the load command against a real platform: deployed once, started back to back. */
@IntegrationTest
class RestBaselineTests {

	@LocalServerPort
	int port;

	@Autowired
	RepositoryService repository;

	@Autowired
	TaskService tasks;

	@Test
	void deploysItsOneTaskProcessOnceAndStartsItOverTheEngineRestApi() throws Exception {
		AlarmTraffic traffic = new AlarmTraffic(LoadOptions.parse(new String[] { "--http", "http://localhost:" + port }));

		// Only starts begun inside the window count. On a loaded two-core machine the first, cold starts of
		// the warm-up took the whole of a 1-s window (none counted); 5 s outlasts them.
		Measured first = RestBaseline.run(traffic, 2, 5);
		Measured second = RestBaseline.run(traffic, 1, 1);

		assertThat(first.done()).isPositive();
		assertThat(first.failed()).isZero();
		assertThat(second.failed()).isZero();
		assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(RestBaseline.PROCESS_KEY).count())
			.as("duplicate deployments are filtered").isEqualTo(1);
		assertThat(tasks.createTaskQuery().processDefinitionKey(RestBaseline.PROCESS_KEY).taskAssignee("demo").count())
			.isGreaterThanOrEqualTo(first.done() + second.done());
	}

}
