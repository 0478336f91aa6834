package cn.eco.enforcement.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import cn.eco.enforcement.supervision.internal.DroolsSupervisionRules;
import cn.eco.enforcement.supervision.internal.RulesConfiguration;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;

import org.springframework.core.io.ByteArrayResource;

class AllRulesCompileTests {

	@Test
	void everyRuleFileInTheProjectCompilesWithoutErrorsOrWarnings() {
		assertThatNoException().isThrownBy(RuleFixtures::rulesFromProjectFolder);
	}

	@Test
	void everyRuleInTheProjectHasAChineseLabel() throws IOException {
		KieBase rules = RulesConfiguration.compile(RuleFixtures.projectRuleFiles());
		List<String> unlabelled = rules.getKiePackages()
			.stream()
			.flatMap(p -> p.getRules().stream())
			.filter(rule -> !DroolsSupervisionRules.labelOf(rule).matches(".*\\p{IsHan}.*"))
			.map(Rule::getName)
			.toList();

		assertThat(rules.getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum()).isGreaterThan(10);
		assertThat(unlabelled).as("rules without a Chinese @label(\"…\")").isEmpty();
	}

	@Test
	void brokenRuleFileIsRejectedNamingFileAndLine() {
		String broken = """
				package cn.eco.enforcement.supervision.internal;

				rule "Broken"
				    when
				        NoSuchFact( )
				    then
				end
				""";
		ByteArrayResource drl = new ByteArrayResource(broken.getBytes(StandardCharsets.UTF_8)) {
			@Override
			public String getFilename() {
				return "broken.drl";
			}
		};

		assertThatIllegalStateException().isThrownBy(() -> RulesConfiguration.compile(drl))
			.withMessageContaining("broken.drl:5");
	}

}
