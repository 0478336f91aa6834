package cn.eco.enforcement.supervision.internal;

import cn.eco.enforcement.supervision.OmInspectionRules;
import org.kie.api.KieBase;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OmInspectionRulesConfiguration {

	@Bean
	OmInspectionRules omInspectionRules(KieBase supervisionKieBase,
			@Value("${app.om-inspection.irregular-operation-threshold:2}") int irregularOperationThreshold) {
		return new DroolsOmInspectionRules(supervisionKieBase, irregularOperationThreshold);
	}

}
