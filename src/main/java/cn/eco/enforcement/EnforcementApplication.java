package cn.eco.enforcement;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Environmental enforcement case management: the alarm → dispatch → sign-for → handling →
 * feedback → review → assessment → case-filing loop on Camunda 7, with Drools deciding the
 * supervision mode and the grid assignment.
 */
@SpringBootApplication
@EnableScheduling
public class EnforcementApplication {

	public static void main(String[] args) {
		SpringApplication.run(EnforcementApplication.class, args);
	}

}
