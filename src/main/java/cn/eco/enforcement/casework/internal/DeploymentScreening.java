package cn.eco.enforcement.casework.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptEngineManager;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.scripting.engine.ScriptEngineResolver;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Puts the {@link DeploymentScreen} in front of every deployment and keeps expressions out of
 * ad-hoc queries. The methods a process may call are listed in
 * {@code app.processes.expression-methods}; the beans a {@code delegateExpression} may name are
 * this application's delegates and listeners.
 */
@Component
class DeploymentScreening extends AbstractProcessEnginePlugin {

	private final Set<String> allowedMethods;

	private final ListableBeanFactory beans;

	DeploymentScreening(@Value("${app.processes.expression-methods}") List<String> allowedMethods,
			ListableBeanFactory beans) {
		this.allowedMethods = Set.copyOf(allowedMethods);
		this.beans = beans;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<Deployer> preDeployers = new ArrayList<>();
		if (configuration.getCustomPreDeployers() != null) {
			preDeployers.addAll(configuration.getCustomPreDeployers());
		}
		preDeployers.add(screen());
		configuration.setCustomPreDeployers(preDeployers);
		configuration.setEnableExpressionsInAdhocQueries(false);
		configuration.setScriptEngineResolver(new NoScriptEngines());
	}

	/**
	 * The engine finds no script engine for any language, whatever the class path offers (Drools
	 * brings MVEL's JSR-223 engine, Camunda its JUEL and FEEL ones): a script that slipped past the
	 * screen still cannot run. DMN's FEEL does not go through script engines and keeps working.
	 */
	static final class NoScriptEngines implements ScriptEngineResolver {

		private final ScriptEngineManager empty = new ScriptEngineManager(null);

		@Override
		public void addScriptEngineFactory(ScriptEngineFactory factory) {
			// none are added
		}

		@Override
		public ScriptEngineManager getScriptEngineManager() {
			return empty;
		}

		@Override
		public ScriptEngine getScriptEngine(String language, boolean resolveFromCache) {
			return null;
		}

	}

	DeploymentScreen screen() {
		return new DeploymentScreen(allowedMethods, this::delegateBeans);
	}

	private Set<String> delegateBeans() {
		Set<String> names = new HashSet<>();
		for (Class<?> type : List.of(JavaDelegate.class, TaskListener.class, ExecutionListener.class)) {
			names.addAll(List.of(beans.getBeanNamesForType(type, false, false)));
		}
		return names;
	}

}
