package cn.eco.enforcement.supervision.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Compiles every {@code rules/**}{@code /*.drl} on the classpath once at start-up. A rule file that
 * does not compile stops the application, naming the file and line.
 */
@Configuration(proxyBeanMethods = false)
public class RulesConfiguration {

	private static final Logger log = LoggerFactory.getLogger(RulesConfiguration.class);

	static final String RULES_PATTERN = "classpath*:rules/**/*.drl";

	@Bean
	KieBase supervisionKieBase() throws IOException {
		return compile(new PathMatchingResourcePatternResolver().getResources(RULES_PATTERN));
	}

	/** Builds one KieBase from the given DRL resources; fails on any compiler error or warning. */
	public static KieBase compile(Resource... drlFiles) throws IOException {
		KieServices kie = KieServices.Factory.get();
		KieFileSystem files = kie.newKieFileSystem();
		for (Resource drl : drlFiles) {
			try (InputStream in = drl.getInputStream()) {
				files.write("src/main/resources/rules/" + relativeName(drl),
						new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		KieBuilder builder = kie.newKieBuilder(files).buildAll();
		var problems = builder.getResults().getMessages(Message.Level.ERROR, Message.Level.WARNING);
		if (!problems.isEmpty()) {
			throw new IllegalStateException("规则文件编译失败 (DRL compilation failed):\n" + problems.stream()
				.map(m -> m.getPath() + ":" + m.getLine() + ": " + m.getText())
				.collect(Collectors.joining("\n")));
		}
		log.info("Compiled {} rule file(s) from {}", drlFiles.length, RULES_PATTERN);
		return kie.newKieContainer(kie.getRepository().getDefaultReleaseId()).getKieBase();
	}

	private static String relativeName(Resource drl) {
		try {
			String url = drl.getURL().toString();
			int at = url.lastIndexOf("/rules/");
			return at >= 0 ? url.substring(at + "/rules/".length()) : drl.getFilename();
		}
		catch (IOException notAddressable) {
			return drl.getFilename();
		}
	}

}
