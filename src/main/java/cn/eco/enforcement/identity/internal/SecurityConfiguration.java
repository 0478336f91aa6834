package cn.eco.enforcement.identity.internal;

import static cn.eco.enforcement.identity.Roles.*;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * HTTP security. {@code /api/**} needs HTTP Basic and a role; {@code /engine-rest/**} is guarded by
 * Camunda's own authentication filter (so engine authorizations apply per user); the Camunda
 * webapps under {@code /camunda/**} have their own login and CSRF protection. The API description
 * ({@code /v3/api-docs}, Swagger UI) is for staff; data-sharing accounts are kept to
 * {@code GET /api/sharing/…} by {@link DataSharingConfinement}. Every login attempt,
 * by HTTP Basic or the webapps' login form, first passes the {@link LoginThrottle}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final String[] READERS = { authority(ADMIN), authority(SUPERVISORS), authority(SQUADRON_LEADERS),
			authority(INSPECTORS), authority(AUDITORS) };

	private static final String[] STAFF = { authority(ADMIN), authority(SUPERVISORS), authority(SQUADRON_LEADERS),
			authority(INSPECTORS) };

	private static final String[] STAFF_AND_FIRMS = { authority(ADMIN), authority(SUPERVISORS), authority(SQUADRON_LEADERS),
			authority(INSPECTORS), authority(ENTERPRISES) };

	private static final String[] READERS_AND_FIRMS = { authority(ADMIN), authority(SUPERVISORS), authority(SQUADRON_LEADERS),
			authority(INSPECTORS), authority(AUDITORS), authority(ENTERPRISES) };

	/** Who reads the monthly statistics and the assessment: not the assessed inspectors themselves. */
	private static final String[] ASSESSORS = { authority(ADMIN), authority(SUPERVISORS), authority(SQUADRON_LEADERS),
			authority(AUDITORS) };

	private static final String[] RAISERS = { authority(ADMIN), authority(SUPERVISORS), authority(SQUADRON_LEADERS),
			authority(INSPECTORS), authority(ALARM_SOURCES) };

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		http.csrf(csrf -> csrf.disable())
			// No session fixation protection: /api keeps no session, and a Tasklist session used for a
			// download or an upload (WebappSessionDocuments) must keep its id, or the browser's other
			// requests still carrying the old id meet a 401 and a Basic login prompt.
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS).sessionFixation(f -> f.none()))
			.headers(h -> h.frameOptions(f -> f.sameOrigin()))
			.httpBasic(Customizer.withDefaults())
			.addFilterAfter(new WebappSessionDocuments(), org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class)
			.addFilterAfter(new DataSharingConfinement(), org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class)
			.authorizeHttpRequests(auth -> auth
				// Other departments' data-sharing accounts read what is shared; auditors and admins read who fetched what.
				.requestMatchers(HttpMethod.GET, "/api/sharing/log").hasAnyAuthority(authority(ADMIN), authority(AUDITORS))
				.requestMatchers(HttpMethod.GET, "/api/sharing/**").hasAnyAuthority(authority(DATA_SHARING), authority(ADMIN))
				// The API description and Swagger UI are for staff who work with the API, not for the public or firms.
				.requestMatchers("/v3/**", "/swagger-ui.html", "/swagger-ui/**").hasAnyAuthority(READERS)
				.requestMatchers(HttpMethod.POST, "/api/alarms", "/api/monitoring/readings").hasAnyAuthority(RAISERS)
				.requestMatchers(HttpMethod.POST, "/api/enterprises/*/self-inspections", "/api/enterprises/*/steward-reports").hasAnyAuthority(STAFF)
				.requestMatchers("/api/tasks/*/reassignment").hasAnyAuthority(authority(ADMIN), authority(SUPERVISORS), authority(SQUADRON_LEADERS))
				// Evidence comes from whoever works the alarm's current task; the controller checks that. A
				// firm's account works its rectification of what an alarm's loop ordered, and reads its own uploads.
				.requestMatchers(HttpMethod.POST, "/api/alarms/*/evidence").hasAnyAuthority(STAFF_AND_FIRMS)
				.requestMatchers(HttpMethod.GET, "/api/alarms/*/evidence", "/api/alarms/*/evidence/*").hasAnyAuthority(READERS_AND_FIRMS)
				// O&M inspection photos (巡检照片): the inspector of the inspection adds, the bureau's staff, the
				// company and the firm of a finding read; the controller checks which inspection is whose.
				.requestMatchers(HttpMethod.POST, "/api/om-inspection/inspections/*/items/*/photos").hasAuthority(authority(OM_INSPECTORS))
				.requestMatchers(HttpMethod.GET, "/api/om-inspection/inspections/*/photos", "/api/om-inspection/inspections/*/photos/*")
					.hasAnyAuthority(authority(ADMIN), authority(SUPERVISORS), authority(SQUADRON_LEADERS), authority(INSPECTORS),
							authority(AUDITORS), authority(ENTERPRISES), authority(OM_INSPECTORS))
				// Township boundaries decide where place-based alarms go: administrators import them.
				.requestMatchers(HttpMethod.POST, "/api/grid/townships/boundaries").hasAuthority(authority(ADMIN))
				.requestMatchers(HttpMethod.GET, "/api/statistics/**", "/api/assessment/**").hasAnyAuthority(ASSESSORS)
				// Who is signed in and the bureau's zone: every account's webapps need it (enterprises' Tasklist too).
				.requestMatchers(HttpMethod.GET, "/api/me").authenticated()
				// The random-inspection plan stays secret until it is carried out (双随机).
				.requestMatchers(HttpMethod.GET, "/api/random-inspections/**").hasAnyAuthority(authority(ADMIN), authority(SUPERVISORS), authority(AUDITORS))
				.requestMatchers(HttpMethod.GET, "/api/deployment-requests/modeler/version").hasAnyAuthority(authority(ADMIN), authority(SUPERVISORS))
				.requestMatchers(HttpMethod.GET, "/api/deployment-requests/**").hasAnyAuthority(authority(ADMIN), authority(SUPERVISORS), authority(AUDITORS))
				// Start-up/shutdown periods: staff and the firm's own accounts declare them (the controller keeps a
				// firm to its own devices); auditors read them too.
				.requestMatchers(HttpMethod.POST, "/api/monitoring/devices/*/condition-declarations").hasAnyAuthority(STAFF_AND_FIRMS)
				.requestMatchers(HttpMethod.GET, "/api/monitoring/devices/*/condition-declarations").hasAnyAuthority(READERS_AND_FIRMS)
				.requestMatchers(HttpMethod.GET, "/api/**", "/map", "/map/**").hasAnyAuthority(READERS)
				.requestMatchers("/api/**").hasAnyAuthority(authority(ADMIN), authority(SUPERVISORS))
				.requestMatchers("/camunda/**", "/camunda-welcome", "/engine-rest/**", "/public/**", "/", "/error", "/actuator/health").permitAll()
				.anyRequest().authenticated());
		return http.build();
	}

	@Bean
	LoginThrottle loginThrottle(LoginThrottleSettings settings, JdbcClient jdbc,
			PlatformTransactionManager transactionManager) {
		return new LoginThrottle(settings, System::currentTimeMillis, jdbc, transactionManager);
	}

	/** Before Spring Security and Camunda's filters, so a locked caller never reaches a password check. */
	@Bean
	FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(LoginThrottle throttle) {
		var registration = new FilterRegistrationBean<>(new LoginThrottleFilter(throttle));
		registration.setName("login-throttle");
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 10);
		return registration;
	}

	/** Camunda's REST authentication: HTTP Basic against the engine's identity service. */
	@Bean
	FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
		var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
		registration.setName("camunda-rest-authentication");
		registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
				HttpBasicAuthenticationProvider.class.getName());
		registration.addUrlPatterns("/engine-rest/*");
		// Before the casework module's engine write guard, which reads the user this filter sets.
		registration.setOrder(Ordered.LOWEST_PRECEDENCE - 20);
		return registration;
	}

}
