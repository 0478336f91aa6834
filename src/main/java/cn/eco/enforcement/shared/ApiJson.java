package cn.eco.enforcement.shared;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * How {@code /api} reads requests and what it answers in (JSON only). JSON bodies: a key given twice is refused (Jackson would keep the
 * last one silently) and no text field may hold a {@link ForbiddenCharacters forbidden character};
 * both answer 400 naming the field. Query parameters are held to the same characters. Only the
 * mapper of Spring MVC's JSON converter changes: the application's {@code ObjectMapper} bean (event
 * publications, stored draws) and Camunda's own mappers (engine REST, variable serialization) stay
 * as they are.
 */
@Configuration(proxyBeanMethods = false)
class ApiJson implements WebMvcConfigurer {

	/** By name: the class needs jackson-dataformat-xml, which only a test library brings along. */
	private static final String JACKSON_XML_CONVERTER = "org.springframework.http.converter.xml.MappingJackson2XmlHttpMessageConverter";

	@Override
	public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
		// The API speaks JSON: a client that sends no Accept header gets JSON (and problem+json), also
		// when an XML library is on the class path (the S3 test server brings Jackson's XML module).
		converters.removeIf(converter -> converter.getClass().getName().equals(JACKSON_XML_CONVERTER));
		for (HttpMessageConverter<?> converter : converters) {
			if (converter instanceof MappingJackson2HttpMessageConverter json) {
				json.setObjectMapper(strict(json.getObjectMapper()));
			}
		}
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new QueryParameters()).addPathPatterns("/api/**");
	}

	static ObjectMapper strict(ObjectMapper mapper) {
		return mapper.copy()
			.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
			.registerModule(new SimpleModule("api-text").addDeserializer(String.class, new CheckedText()));
	}

	/** Every JSON string read as a {@code String} (fields, list items), multi-line text allowed. */
	static final class CheckedText extends StdScalarDeserializer<String> {

		CheckedText() {
			super(String.class);
		}

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			String text = StringDeserializer.instance.deserialize(parser, context);
			if (ForbiddenCharacters.in(text, true)) {
				throw new RefusedText(parser);
			}
			return text;
		}

		@Override
		public boolean isCachable() {
			return true;
		}

	}

	/** A JSON string holding a forbidden character; its path names the field. */
	static final class RefusedText extends JsonMappingException {

		RefusedText(JsonParser parser) {
			super(parser, "text holds a forbidden character");
		}

	}

	/**
	 * Query parameters hold one line each: every control character is refused. The form fields of a
	 * multipart body (an alarm's JSON sent with its photos) may hold line breaks, nothing else.
	 */
	static final class QueryParameters implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			boolean multipart = request.getContentType() != null
					&& request.getContentType().toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
			request.getParameterMap().forEach((name, values) -> {
				ForbiddenCharacters.refuse(name, name, false);
				for (String value : values) {
					ForbiddenCharacters.refuse(name, value, multipart);
				}
			});
			return true;
		}

	}

}
