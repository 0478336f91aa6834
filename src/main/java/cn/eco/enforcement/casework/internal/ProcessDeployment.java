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
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys everything under {@code processes/} (BPMN, DMN, Camunda Forms, embedded HTML forms) as
 * one deployment whose resource names are relative to that folder, e.g.
 * {@code forms/handle-on-site.html}. Unchanged files are not redeployed, so restarting or adding a
 * second node creates no new versions; a changed file creates a new version of its process.
 */
@Component
public class ProcessDeployment implements InitializingBean {

	public static final String DEPLOYMENT_NAME = "enforcement-processes";

	static final String ROOT = "processes/";

	private static final String[] PATTERNS = { "bpmn", "dmn", "form", "html" };

	private static final Logger log = LoggerFactory.getLogger(ProcessDeployment.class);

	private final RepositoryService repository;

	ProcessDeployment(RepositoryService repository) {
		this.repository = repository;
	}

	@Override
	public void afterPropertiesSet() throws IOException {
		DeploymentBuilder builder = repository.createDeployment()
			.name(DEPLOYMENT_NAME)
			.source("processes")
			// false: when any file changed, deploy all of them together, so that forms bound with
			// formRefBinding="deployment" stay in the same deployment as their process.
			.enableDuplicateFiltering(false);
		int count = 0;
		var resolver = new PathMatchingResourcePatternResolver();
		for (String suffix : PATTERNS) {
			for (Resource resource : resolver.getResources("classpath*:" + ROOT + "**/*." + suffix)) {
				builder.addInputStream(nameOf(resource), read(resource));
				count++;
			}
		}
		Deployment deployment = builder.deployWithResult();
		log.info("Deployed {} process resource(s) as {} ({})", count, DEPLOYMENT_NAME, deployment.getId());
	}

	static String nameOf(Resource resource) throws IOException {
		String url = resource.getURL().toString();
		return url.substring(url.lastIndexOf(ROOT) + ROOT.length());
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
