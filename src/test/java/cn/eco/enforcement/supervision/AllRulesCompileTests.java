package cn.eco.enforcement.supervision;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.nio.charset.StandardCharsets;

import cn.eco.enforcement.supervision.internal.RulesConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ByteArrayResource;

class AllRulesCompileTests {

	@Test
	void everyRuleFileInTheProjectCompilesWithoutErrorsOrWarnings() {
		assertThatNoException().isThrownBy(RuleFixtures::rulesFromProjectFolder);
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
