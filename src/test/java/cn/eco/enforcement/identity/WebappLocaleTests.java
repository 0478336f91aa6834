package cn.eco.enforcement.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.eco.enforcement.support.Http;
import cn.eco.enforcement.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Chinese browsers get the Camunda webapps in Chinese, everyone else in English: each app serves a
 * {@code zh.json} that translates every label of the 7.24 webjar's {@code en.json}, and a
 * {@code config.js} that offers {@code zh} with English as the fallback.
 */
@IntegrationTest
class WebappLocaleTests {

	private static final String WEBJAR_APPS = "META-INF/resources/webjars/camunda/app/";

	private static final ObjectMapper JSON = new ObjectMapper();

	/** Words a Chinese label may keep as they are: product names and technical acronyms. */
	private static final Set<String> LANGUAGE_NEUTRAL_WORDS = Set.of("Camunda", "Cockpit", "Optimize", "ID", "CSV", "BPMN", "DMN", "CMMN",
			"FEEL", "JSON", "XML", "URL", "API", "REST", "HTTP", "LDAP");

	/** moment.js format patterns (such as {@code HH:mm}), which are the same in every language. */
	private static final List<String> FORMAT_PATTERN_KEYS = List.of("dateLocales.longDateFormat.",
			"dateLocales.calendar.sameElse", "labels.PLGN_BTCH_SET_REMOVAL_TIME_ABSOLUTE_PLACEHOLDER");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(.*?)}}|%[sd]");

	@LocalServerPort
	int port;

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "tasklist", "cockpit", "admin", "welcome" })
	void chineseLabelsTranslateEveryEnglishLabelAndKeepItsPlaceholders(String app) {
		Map<String, JsonNode> english = flatten(webjarEnglish(app));
		Http.Response served = Http.anonymous(port).get("/camunda/app/" + app + "/locales/zh.json");
		assertThat(served.status()).as(app + "/locales/zh.json").isEqualTo(200);
		Map<String, JsonNode> chinese = flatten(readJson(served.body()));

		List<String> problems = new ArrayList<>();
		english.forEach((key, en) -> {
			JsonNode zh = chinese.get(key);
			if (zh == null) {
				problems.add("missing: " + key);
			}
			else if (zh.equals(en) && !mayStayAsInEnglish(key, en)) {
				problems.add("untranslated: " + key + " = " + en);
			}
			else if (!placeholders(zh).equals(placeholders(en))) {
				problems.add("placeholders: " + key + " has " + placeholders(zh) + ", English has " + placeholders(en));
			}
		});
		chinese.keySet().stream().filter(key -> !english.containsKey(key)).forEach(key -> problems.add("extra: " + key));

		assertThat(problems).as("%s: zh.json against the webjar's en.json (%d keys)", app, english.size()).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "tasklist", "cockpit", "admin", "welcome" })
	void servedConfigOffersChineseWithEnglishAsFallback(String app) {
		Http.Response served = Http.anonymous(port).get("/camunda/app/" + app + "/scripts/config.js");
		assertThat(served.status()).isEqualTo(200);
		String code = withoutComments(served.body());

		Matcher available = Pattern.compile("availableLocales['\"]?\\s*:\\s*\\[([^]]*)]").matcher(code);
		assertThat(available.find()).as(app + "/scripts/config.js sets locales.availableLocales").isTrue();
		assertThat(available.group(1).split(",")).extracting(locale -> locale.replaceAll("[\\s'\"]", ""))
			.as(app + " locales")
			.contains("zh", "en");
		assertThat(code).as(app + " fallback locale").containsPattern("fallbackLocale['\"]?\\s*:\\s*['\"]en['\"]");
	}

	/** The webjar's own en.json, not any copy of ours that may come first on the class path. */
	private static JsonNode webjarEnglish(String app) {
		String path = WEBJAR_APPS + app + "/locales/en.json";
		try {
			URL url = Collections.list(WebappLocaleTests.class.getClassLoader().getResources(path))
				.stream()
				.filter(candidate -> candidate.toString().contains("camunda-webapp-webjar"))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no " + path + " in the Camunda webjar"));
			try (InputStream in = url.openStream()) {
				return JSON.readTree(in); // Jackson skips the byte-order mark these files start with
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static JsonNode readJson(String body) {
		try {
			return JSON.readTree(body.startsWith("\uFEFF") ? body.substring(1) : body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Leaf values by path: {@code labels.CLAIM_TASK}, {@code dateLocales.months[0]}. */
	private static Map<String, JsonNode> flatten(JsonNode root) {
		Map<String, JsonNode> leaves = new LinkedHashMap<>();
		flatten("", root, leaves);
		return leaves;
	}

	private static void flatten(String path, JsonNode node, Map<String, JsonNode> leaves) {
		if (node.isObject()) {
			node.fields().forEachRemaining(field -> flatten(path.isEmpty() ? field.getKey() : path + "." + field.getKey(),
					field.getValue(), leaves));
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				flatten(path + "[" + i + "]", node.get(i), leaves);
			}
		}
		else {
			leaves.put(path, node);
		}
	}

	/** Numbers, format patterns, and text whose only words are brand names or acronyms. */
	private static boolean mayStayAsInEnglish(String key, JsonNode en) {
		if (!en.isTextual() || FORMAT_PATTERN_KEYS.stream().anyMatch(key::startsWith)) {
			return true;
		}
		String words = en.asText().replaceAll("\\{\\{.*?}}|<[^>]*>|&\\w+;|%[sd]", " ");
		return Arrays.stream(words.split("[^A-Za-z]+"))
			.filter(word -> !word.isEmpty())
			.allMatch(LANGUAGE_NEUTRAL_WORDS::contains);
	}

	private static Set<String> placeholders(JsonNode value) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = PLACEHOLDER.matcher(value.asText());
		while (matcher.find()) {
			found.add(matcher.group().replaceAll("\\s", ""));
		}
		return found;
	}

	private static String withoutComments(String javaScript) {
		return javaScript.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
	}

}
