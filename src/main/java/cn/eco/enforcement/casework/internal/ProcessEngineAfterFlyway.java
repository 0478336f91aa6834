package cn.eco.enforcement.casework.internal;

import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;

import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * Makes the process engine wait for Flyway. Otherwise the engine creates its tables first and
 * Flyway refuses to migrate a non-empty schema without history. Registered in
 * {@code META-INF/spring.factories}.
 */
public class ProcessEngineAfterFlyway extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

	@Override
	protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
		return Set.of(ProcessEngine.class, ProcessEngineFactoryBean.class);
	}

}
