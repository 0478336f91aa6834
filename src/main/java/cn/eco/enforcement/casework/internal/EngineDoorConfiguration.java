package cn.eco.enforcement.casework.internal;

import cn.eco.enforcement.grid.GridApi;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@link EngineWriteGuard} on both doors into the engine: {@code /engine-rest} (after Camunda's
 * HTTP Basic filter, whose user it reads) and the webapps' {@code /camunda/api/engine}.
 */
@Configuration(proxyBeanMethods = false)
class EngineDoorConfiguration {

	/** Runs after the engine REST authentication filter, which the identity module orders earlier. */
	static final int ORDER = Ordered.LOWEST_PRECEDENCE - 10;

	@Bean
	FilterRegistrationBean<EngineWriteGuard> engineWriteGuard(IdentityService identity, TaskService tasks,
			RepositoryService repository, JdbcClient jdbc, GridApi grid) {
		var registration = new FilterRegistrationBean<>(
				new EngineWriteGuard(identity, new TaskWork(tasks, repository, identity, grid), new AdminActions(jdbc)));
		registration.setName("engine-write-guard");
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
		registration.setOrder(ORDER);
		return registration;
	}

}
