package cn.eco.enforcement.evidence.internal;

import io.minio.MinioClient;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The evidence file store named by {@code app.evidence.store}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EvidenceSettings.class)
class EvidenceConfiguration {

	@Bean
	@ConditionalOnProperty(name = "app.evidence.store", havingValue = "directory", matchIfMissing = true)
	EvidenceFiles directoryFiles(EvidenceSettings settings) {
		return new DirectoryFiles(settings.directory());
	}

	@Bean
	@ConditionalOnProperty(name = "app.evidence.store", havingValue = "s3")
	EvidenceFiles objectStoreFiles(EvidenceSettings settings) {
		EvidenceSettings.S3 s3 = settings.s3();
		if (blank(s3.endpoint()) || blank(s3.accessKey()) || blank(s3.secretKey())) {
			throw new IllegalStateException(
					"app.evidence.store=s3 needs app.evidence.s3.endpoint, access-key and secret-key (APP_EVIDENCE_S3_*)");
		}
		return new ObjectStoreFiles(MinioClient.builder().endpoint(s3.endpoint()).region(s3.region())
			.credentials(s3.accessKey(), s3.secretKey()).build(), s3.bucket());
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
