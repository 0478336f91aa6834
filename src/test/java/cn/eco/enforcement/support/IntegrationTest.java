package cn.eco.enforcement.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on real PostgreSQL with demo data, a real SMTP server (GreenMail), the job
 * executor off (tests run timers with camunda-bpm-assert's {@code execute(job())}) and the mail
 * scheduler idle (tests send the outbox explicitly). One Spring context serves every such test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("it")
public @interface IntegrationTest {

}
