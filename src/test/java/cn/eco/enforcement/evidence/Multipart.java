package cn.eco.enforcement.evidence;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A multipart/form-data body with one part named {@code file} per file, names in UTF-8 as browsers send them. */
public record Multipart(String contentType, byte[] bytes) {

	private static final String BOUNDARY = "evidence-boundary-7MA4YWxkTrZu0gW";

	public static Multipart of(Map<String, byte[]> files) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		files.forEach((name, content) -> {
			body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
					+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			body.writeBytes(content);
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		});
		body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return new Multipart("multipart/form-data; boundary=" + BOUNDARY, body.toByteArray());
	}

}
