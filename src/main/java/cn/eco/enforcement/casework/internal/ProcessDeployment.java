package cn.eco.enforcement.casework.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys everything under {@code app.processes.location} (BPMN, DMN, Camunda Forms, embedded HTML
 * forms) as one deployment whose resource names are relative to that folder, e.g.
 * {@code forms/handle-on-site.html}. Unchanged files are not redeployed, so restarting or adding a
 * second node creates no new versions; a changed file creates a new version of its process.
 */
@Component
public class ProcessDeployment implements InitializingBean {

	public static final String DEPLOYMENT_NAME = "enforcement-processes";

	private static final String[] SUFFIXES = { "bpmn", "dmn", "form", "html" };

	private static final Logger log = LoggerFactory.getLogger(ProcessDeployment.class);

	private final RepositoryService repository;

	private final String location;

	/**
	 * @param location the folder to deploy: {@code processes/} built into the application by default,
	 * or a folder supervisors edit, e.g. {@code file:/etc/enforcement/processes/}
	 */
	public ProcessDeployment(RepositoryService repository,
			@Value("${app.processes.location:classpath:processes/}") String location) {
		this.repository = repository;
		this.location = location.endsWith("/") ? location : location + "/";
	}

	@Override
	public void afterPropertiesSet() throws IOException {
		DeploymentBuilder builder = repository.createDeployment()
			.name(DEPLOYMENT_NAME)
			.source("processes")
			// false: when any file changed, deploy all of them together, so that forms bound with
			// formRefBinding="deployment" stay in the same deployment as their process.
			.enableDuplicateFiltering(false);
		var resolver = new PathMatchingResourcePatternResolver();
		String root = resolver.getResource(location).getURL().toString();
		int count = 0;
		for (String suffix : SUFFIXES) {
			for (Resource resource : resolver.getResources(location + "**/*." + suffix)) {
				builder.addInputStream(resource.getURL().toString().substring(root.length()), read(resource));
				count++;
			}
		}
		if (count == 0) {
			throw new IllegalStateException("没有找到流程文件 (no process files under " + location + ")");
		}
		Deployment deployment = builder.deployWithResult();
		log.info("Deployed {} process resource(s) from {} as {} ({})", count, location, DEPLOYMENT_NAME,
				deployment.getId());
	}

	private static InputStream read(Resource resource) {
		try {
			return resource.getInputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
