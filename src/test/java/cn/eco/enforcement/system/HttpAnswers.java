package cn.eco.enforcement.system;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every HTTP answer of a test by status, and what was wrong with any of them: a status the test did
 * not expect (a 500 above all), or a 503 without problem details and {@code Retry-After}.
 */
final class HttpAnswers {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final Map<Integer, AtomicInteger> byStatus = new ConcurrentHashMap<>();

	private final List<String> faults = new CopyOnWriteArrayList<>();

	/** Records the answer; true when its status is one of the expected ones. 503 is always allowed. */
	boolean record(String request, HttpResponse<String> response, Set<Integer> expected) {
		int status = response.statusCode();
		byStatus.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
		if (status == 503) {
			checkUnavailable(request, response);
			return false;
		}
		if (!expected.contains(status)) {
			faults.add(status + " for " + request + ": " + abbreviate(response.body()));
			return false;
		}
		return true;
	}

	private void checkUnavailable(String request, HttpResponse<String> response) {
		String retryAfter = response.headers().firstValue("Retry-After").orElse("");
		String type = response.headers().firstValue("Content-Type").orElse("");
		try {
			JsonNode problem = JSON.readTree(response.body());
			if (!retryAfter.matches("\\d+") || !type.startsWith("application/problem+json")
					|| problem.path("status").asInt() != 503 || problem.path("title").asText().isBlank()) {
				faults.add("503 for " + request + " without problem details and Retry-After: Retry-After=" + retryAfter
						+ ", Content-Type=" + type + ", body " + abbreviate(response.body()));
			}
		}
		catch (Exception ex) {
			faults.add("503 for " + request + " with a body that is no JSON: " + abbreviate(response.body()));
		}
	}

	int count(int status) {
		AtomicInteger count = byStatus.get(status);
		return count == null ? 0 : count.get();
	}

	Map<Integer, Integer> byStatus() {
		Map<Integer, Integer> copy = new TreeMap<>();
		byStatus.forEach((status, count) -> copy.put(status, count.get()));
		return copy;
	}

	List<String> faults() {
		return List.copyOf(faults);
	}

	private static String abbreviate(String body) {
		return body == null || body.length() <= 300 ? body : body.substring(0, 300) + "…";
	}

}
