package cn.eco.enforcement.supervision.internal;

import cn.eco.enforcement.supervision.ElectricityRules;
import cn.eco.enforcement.supervision.SupervisionPolicy;
import cn.eco.enforcement.supervision.SupervisionRules;
import org.kie.api.KieBase;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SupervisionConfiguration {

	@Bean
	SupervisionPolicy supervisionPolicy(@Value("${app.supervision.repeat-violation-threshold:2}") int repeatThreshold,
			@Value("${app.supervision.serious-exceedance-ratio:2.0}") double seriousRatio) {
		return new SupervisionPolicy(repeatThreshold, seriousRatio);
	}

	@Bean
	SupervisionRules supervisionRules(KieBase supervisionKieBase, SupervisionPolicy policy) {
		return new DroolsSupervisionRules(supervisionKieBase, policy);
	}

	@Bean
	ElectricityRules electricityRules(KieBase supervisionKieBase) {
		return new DroolsElectricityRules(supervisionKieBase);
	}

}
