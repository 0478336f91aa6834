package cn.eco.enforcement.supervision;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import cn.eco.enforcement.supervision.internal.DroolsSupervisionRules;
import cn.eco.enforcement.supervision.internal.RulesConfiguration;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

/** Builds the production rule façade from the DRL files in the project's {@code rules/} folder. */
final class RuleFixtures {

	static final SupervisionPolicy POLICY = new SupervisionPolicy(2, 2.0);

	private RuleFixtures() {
	}

	static SupervisionRules rulesFromProjectFolder() {
		return rulesFromProjectFolder(POLICY);
	}

	static SupervisionRules rulesFromProjectFolder(SupervisionPolicy policy) {
		try (Stream<Path> files = Files.walk(Path.of("rules"))) {
			Resource[] drl = files.filter(p -> p.toString().endsWith(".drl"))
				.map(FileSystemResource::new)
				.toArray(Resource[]::new);
			return new DroolsSupervisionRules(RulesConfiguration.compile(drl), policy);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
