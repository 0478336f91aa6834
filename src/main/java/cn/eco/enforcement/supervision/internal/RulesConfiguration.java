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

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Compiles every DRL file under {@code app.rules.location} once at start-up. A rule file that does
 * not compile stops the application, naming the file and line.
 */
@Configuration(proxyBeanMethods = false)
public class RulesConfiguration {

	private static final Logger log = LoggerFactory.getLogger(RulesConfiguration.class);

	/**
	 * Where the DRL files are: the {@code rules/} folder built into the application by default, or a
	 * folder a supervisor edits, e.g. {@code file:/etc/enforcement/rules/} (read at start-up).
	 */
	@Bean
	KieBase supervisionKieBase(@Value("${app.rules.location:classpath*:rules/}") String location) throws IOException {
		String pattern = location + (location.endsWith("/") ? "" : "/") + "**/*.drl";
		Resource[] files = new PathMatchingResourcePatternResolver().getResources(pattern);
		if (files.length == 0) {
			throw new IllegalStateException("没有找到规则文件 (no DRL files at " + pattern + ")");
		}
		log.info("Compiling {} rule file(s) from {}", files.length, pattern);
		return compile(files);
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
