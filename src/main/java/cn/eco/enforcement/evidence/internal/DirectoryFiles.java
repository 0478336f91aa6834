package cn.eco.enforcement.evidence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Evidence files in a local directory, as {@code ab/cd/<sha256>}. */
class DirectoryFiles implements EvidenceFiles {

	private final Path root;

	DirectoryFiles(Path root) {
		this.root = root.toAbsolutePath();
		try {
			Files.createDirectories(this.root);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Evidence directory " + this.root + " cannot be created", ex);
		}
	}

	@Override
	public void put(String sha256, Path file, long size, String contentType) {
		Path target = pathOf(sha256);
		if (Files.exists(target)) {
			return;
		}
		try {
			Files.createDirectories(target.getParent());
			// Copied beside the target first, then moved in one step: a reader never sees half a file.
			Path partial = Files.createTempFile(target.getParent(), sha256, ".partial");
			Files.copy(file, partial, StandardCopyOption.REPLACE_EXISTING);
			try {
				Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (FileAlreadyExistsException sameContentStoredMeanwhile) {
				Files.deleteIfExists(partial);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public InputStream open(String sha256) {
		try {
			return Files.newInputStream(pathOf(sha256));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Path pathOf(String sha256) {
		if (!sha256.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("not a SHA-256: " + sha256);
		}
		return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
	}

}
