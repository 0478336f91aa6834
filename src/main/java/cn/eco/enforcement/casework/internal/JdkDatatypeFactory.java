package cn.eco.enforcement.casework.internal;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Names the JDK's own {@code javax.xml.datatype.DatatypeFactory} before the engine starts.
 * <p>
 * The engine calls {@code DatatypeFactory.newInstance()} for every timer it schedules (each alarm's
 * sign-for deadline is one). Without the system property, every call asks the {@code ServiceLoader}
 * to scan the whole class path of the executable jar for a provider file, and finds none: a profile
 * of alarm intake under load put 8 % of all CPU there. With the property set, the lookup is a
 * class name. An operator's own {@code -Djavax.xml.datatype.DatatypeFactory=…} is kept.
 */
@Component
class JdkDatatypeFactory extends AbstractProcessEnginePlugin {

	static final String PROPERTY = "javax.xml.datatype.DatatypeFactory";

	static final String JDK_IMPLEMENTATION = "com.sun.org.apache.xerces.internal.jaxp.datatype.DatatypeFactoryImpl";

	private static final Logger log = LoggerFactory.getLogger(JdkDatatypeFactory.class);

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (System.getProperty(PROPERTY) == null) {
			System.setProperty(PROPERTY, JDK_IMPLEMENTATION);
			log.debug("{} set to {}", PROPERTY, JDK_IMPLEMENTATION);
		}
	}

}
