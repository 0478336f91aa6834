package cn.eco.enforcement.evidence.internal;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where the evidence files live, keyed by their SHA-256 (so one content is kept once): a local
 * directory or an S3-compatible object store, chosen by {@code app.evidence.store}.
 */
interface EvidenceFiles {

	/** Keeps the file under the key unless that key is already there; the file itself stays the caller's. */
	void put(String sha256, Path file, long size, String contentType);

	/** The content under the key; the caller closes it. */
	InputStream open(String sha256);

}
