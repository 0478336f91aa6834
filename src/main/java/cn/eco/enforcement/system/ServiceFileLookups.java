package cn.eco.enforcement.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Camunda's REST API finds its process engine through {@link java.util.ServiceLoader} on every
 * request, twice (its {@code EngineUtil}, from the authentication filter and from the resource; the
 * webapps' API does the same). ServiceLoader asks the thread's context class loader for the
 * provider's service file, and in the executable jar that walks every nested jar: 9 % of an engine
 * REST request's CPU in the profile of {@code docs/load.md}. For requests to those APIs this filter
 * puts a {@link RememberingLoader} in front of the context class loader; the class path of a running
 * executable jar does not change.
 */
class ServiceFileLookups extends OncePerRequestFilter {

	private final ConcurrentMap<ClassLoader, RememberingLoader> loaders = new ConcurrentHashMap<>();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Thread thread = Thread.currentThread();
		ClassLoader original = thread.getContextClassLoader();
		if (original == null) {
			chain.doFilter(request, response);
			return;
		}
		thread.setContextClassLoader(loaders.computeIfAbsent(original, RememberingLoader::new));
		try {
			chain.doFilter(request, response);
		}
		finally {
			thread.setContextClassLoader(original);
		}
	}

	/**
	 * Asks its parent for everything, and remembers service files ({@code META-INF/services/…}),
	 * where they are and what they say; classes and other resources are the parent's as they are.
	 */
	static final class RememberingLoader extends ClassLoader {

		static {
			registerAsParallelCapable();
		}

		private static final String SERVICE_FILES = "META-INF/services/";

		private final ConcurrentMap<String, List<URL>> serviceFiles = new ConcurrentHashMap<>();

		RememberingLoader(ClassLoader parent) {
			super(parent);
		}

		@Override
		public Enumeration<URL> getResources(String name) throws IOException {
			if (!name.startsWith(SERVICE_FILES)) {
				return getParent().getResources(name);
			}
			List<URL> found = serviceFiles.get(name);
			if (found == null) {
				List<URL> copies = new ArrayList<>();
				for (URL file : Collections.list(getParent().getResources(name))) {
					copies.add(inMemory(file));
				}
				found = List.copyOf(copies);
				serviceFiles.putIfAbsent(name, found);
			}
			return Collections.enumeration(found);
		}

		/** The same file, read once: opening it again in the executable jar costs as much as finding it. */
		private static URL inMemory(URL file) throws IOException {
			byte[] content;
			try (InputStream in = file.openStream()) {
				content = in.readAllBytes();
			}
			return new URL(null, file.toString(), new URLStreamHandler() {
				@Override
				protected URLConnection openConnection(URL url) {
					return new URLConnection(url) {
						@Override
						public void connect() {
						}

						@Override
						public InputStream getInputStream() {
							return new ByteArrayInputStream(content);
						}
					};
				}
			});
		}

	}

}
