package cn.eco.enforcement.evidence.internal;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code app.evidence.*}: where files go and how large they may be.
 *
 * @param store {@code directory} (default) or {@code s3}
 * @param directory the local directory of the {@code directory} store
 * @param maxPhotoSize largest photo or PDF
 * @param maxVideoSize largest video
 * @param s3 the object store of the {@code s3} store
 */
@ConfigurationProperties("app.evidence")
record EvidenceSettings(@DefaultValue("directory") String store, @DefaultValue("./data/evidence") Path directory,
		@DefaultValue("20MB") DataSize maxPhotoSize, @DefaultValue("200MB") DataSize maxVideoSize, @DefaultValue S3 s3) {

	/** An S3-compatible endpoint, e.g. MinIO's {@code http://minio:9000}. */
	record S3(String endpoint, @DefaultValue("us-east-1") String region, @DefaultValue("evidence") String bucket,
			String accessKey, String secretKey) {
	}

}
