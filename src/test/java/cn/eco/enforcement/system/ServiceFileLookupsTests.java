package cn.eco.enforcement.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import cn.eco.enforcement.support.Http;
import cn.eco.enforcement.support.IntegrationTest;
import org.camunda.bpm.engine.rest.spi.ProcessEngineProvider;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The engine REST API's per-request engine look-up: answered from memory after the first time, with
 * the same provider, and the thread's own class loader back in place after the request.
 */
@IntegrationTest
class ServiceFileLookupsTests {

	private static final String PROVIDER_FILE = "META-INF/services/" + ProcessEngineProvider.class.getName();

	@LocalServerPort
	int port;

	@Test
	void serviceFilesAreLookedUpOnceAndEverythingElseEveryTime() throws Exception {
		CountingLoader parent = new CountingLoader(getClass().getClassLoader());
		ClassLoader remembering = new ServiceFileLookups.RememberingLoader(parent);

		var providerFiles = Collections.list(getClass().getClassLoader().getResources(PROVIDER_FILE));
		for (int i = 0; i < 3; i++) {
			assertThat(Collections.list(remembering.getResources(PROVIDER_FILE))).isNotEmpty()
				.extracting(URL::toString, ServiceFileLookupsTests::content)
				.containsExactlyElementsOf(providerFiles.stream().map(file -> tuple(file.toString(), content(file))).toList());
			assertThat(Collections.list(remembering.getResources("META-INF/spring.factories"))).isNotEmpty();
		}
		Iterator<ProcessEngineProvider> providers = ServiceLoader.load(ProcessEngineProvider.class, remembering).iterator();

		assertThat(providers.next().getDefaultProcessEngine().getName()).isEqualTo("default");
		assertThat(parent.serviceFileLookups.get()).isOne();
		assertThat(parent.otherLookups.get()).isEqualTo(3);
		assertThat(remembering.loadClass(ProcessEngineProvider.class.getName())).isSameAs(ProcessEngineProvider.class);
	}

	@Test
	void aRequestRunsWithTheRememberingLoaderAndGivesTheThreadItsOwnBack() throws Exception {
		ClassLoader own = Thread.currentThread().getContextClassLoader();
		AtomicReference<ClassLoader> during = new AtomicReference<>();

		new ServiceFileLookups().doFilter(new MockHttpServletRequest("GET", "/engine-rest/task"),
				new MockHttpServletResponse(), new MockFilterChain() {
					@Override
					public void doFilter(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse response) {
						during.set(Thread.currentThread().getContextClassLoader());
					}
				});

		assertThat(during.get()).isInstanceOf(ServiceFileLookups.RememberingLoader.class);
		assertThat(during.get().getParent()).isSameAs(own);
		assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(own);
	}

	@Test
	void theEngineRestApiAndTheWebappsStillFindTheEngine() {
		assertThat(Http.as(port, "demo").get("/engine-rest/engine").json().findValuesAsText("name")).containsExactly("default");
		assertThat(Http.as(port, "wangqiang").get("/engine-rest/task?maxResults=1").status()).isEqualTo(200);
		assertThat(Http.anonymous(port).get("/camunda/api/engine/engine/").status()).isEqualTo(200);
	}

	private static String content(URL file) {
		try (var in = file.openStream()) {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** A class loader that counts how often it is asked for service files and for other resources. */
	private static final class CountingLoader extends ClassLoader {

		final AtomicInteger serviceFileLookups = new AtomicInteger();

		final AtomicInteger otherLookups = new AtomicInteger();

		CountingLoader(ClassLoader parent) {
			super(parent);
		}

		@Override
		public Enumeration<URL> getResources(String name) throws IOException {
			(name.startsWith("META-INF/services/") ? serviceFileLookups : otherLookups).incrementAndGet();
			return super.getResources(name);
		}

	}

}
