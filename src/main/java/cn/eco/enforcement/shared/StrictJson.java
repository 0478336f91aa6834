package cn.eco.enforcement.shared;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The JSON reading rules of {@code /api} bodies (a key given twice and forbidden characters refused)
 * for JSON that arrives another way, e.g. as the {@code alarm} part of a multipart upload.
 */
public final class StrictJson {

	private StrictJson() {
	}

	/** A copy of the mapper that reads as the API's JSON converter does. */
	public static ObjectMapper of(ObjectMapper mapper) {
		return ApiJson.strict(mapper);
	}

}
