package cn.eco.enforcement.system;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
@ConfigurationPropertiesScan("cn.eco.enforcement")
class SystemConfiguration implements WebMvcConfigurer {

	/** The bureau's clock; dates shown to users are in this zone. */
	@Bean
	Clock clock(@Value("${app.zone:Asia/Shanghai}") String zone) {
		return Clock.system(ZoneId.of(zone));
	}

	/** Ahead of Camunda's REST authentication, the first to look the engine up. */
	@Bean
	FilterRegistrationBean<ServiceFileLookups> serviceFileLookups() {
		var registration = new FilterRegistrationBean<>(new ServiceFileLookups());
		registration.setName("service-file-lookups");
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addRedirectViewController("/", "/camunda/app/");
	}

}
