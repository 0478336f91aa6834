package cn.eco.enforcement.support;

import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;

/** The on-site photo an inspector uploads with a confirmed violation (variable {@code evidence}). */
public final class Evidence {

	private Evidence() {
	}

	public static FileValue photo() {
		return Variables.fileValue("现场照片.jpg")
			.file("JPEG test evidence".getBytes(StandardCharsets.UTF_8))
			.mimeType("image/jpeg")
			.create();
	}

}
