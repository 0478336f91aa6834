package cn.eco.enforcement.evidence.internal;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.StatObjectArgs;
import io.minio.errors.ErrorResponseException;

/**
 * Evidence files in an S3-compatible object store (MinIO, or any S3), one object per SHA-256 in one
 * bucket, created on first use. Uploads stream from the file in parts; nothing is held whole in memory.
 */
class ObjectStoreFiles implements EvidenceFiles {

	/** S3 multipart part size: the client streams a large video in parts of this size. */
	private static final long PART_SIZE = 10L * 1024 * 1024;

	private final MinioClient client;

	private final String bucket;

	private volatile boolean bucketReady;

	ObjectStoreFiles(MinioClient client, String bucket) {
		this.client = client;
		this.bucket = bucket;
	}

	@Override
	public void put(String sha256, Path file, long size, String contentType) {
		call(() -> {
			ensureBucket();
			if (exists(sha256)) {
				return null;
			}
			try (InputStream in = Files.newInputStream(file)) {
				client.putObject(PutObjectArgs.builder().bucket(bucket).object(sha256).stream(in, size, PART_SIZE)
					.contentType(contentType).build());
			}
			return null;
		});
	}

	@Override
	public InputStream open(String sha256) {
		return call(() -> client.getObject(GetObjectArgs.builder().bucket(bucket).object(sha256).build()));
	}

	private boolean exists(String key) throws Exception {
		try {
			client.statObject(StatObjectArgs.builder().bucket(bucket).object(key).build());
			return true;
		}
		catch (ErrorResponseException ex) {
			if ("NoSuchKey".equals(ex.errorResponse().code())) {
				return false;
			}
			throw ex;
		}
	}

	private void ensureBucket() throws Exception {
		if (!bucketReady) {
			if (!client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
				client.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
			}
			bucketReady = true;
		}
	}

	private interface Call<T> {

		T run() throws Exception;

	}

	private static <T> T call(Call<T> call) {
		try {
			return call.run();
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException("Object store: " + ex.getMessage(), ex);
		}
	}

}
