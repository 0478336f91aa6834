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
		try {
			return new DroolsSupervisionRules(RulesConfiguration.compile(projectRuleFiles()), policy);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Every DRL file under the project's {@code rules/} folder. */
	static Resource[] projectRuleFiles() {
		try (Stream<Path> files = Files.walk(Path.of("rules"))) {
			return files.filter(p -> p.toString().endsWith(".drl"))
				.map(FileSystemResource::new)
				.toArray(Resource[]::new);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
