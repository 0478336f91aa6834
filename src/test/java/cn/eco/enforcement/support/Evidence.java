package cn.eco.enforcement.support;

import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;

/** The on-site photo an inspector uploads with a confirmed violation (variable {@code evidence}). */
public final class Evidence {

	private Evidence() {
	}

	public static FileValue photo() {
		return Variables.fileValue("现场照片.jpg")
			.file(TestPhotos.jpeg(1))
			.mimeType("image/jpeg")
			.create();
	}

}
