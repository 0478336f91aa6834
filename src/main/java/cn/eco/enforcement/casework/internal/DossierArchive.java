package cn.eco.enforcement.casework.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import cn.eco.enforcement.casework.CaseEvidence.EvidenceFile;
import cn.eco.enforcement.casework.internal.CaseRecords.CaseRow;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The dossier as a ZIP: the files as given, then {@code manifest.json} naming each of them with its
 * size and SHA-256 (the manifest cannot name its own), the case, when and by whom it was generated,
 * and the evidence files with their SHA-256 as the evidence store holds them.
 */
final class DossierArchive {

	static final String MANIFEST = "manifest.json";

	private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	private DossierArchive() {
	}

	static byte[] zip(Map<String, byte[]> files, CaseRow row, String generatedBy, OffsetDateTime generatedAt,
			List<EvidenceFile> evidence) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			List<Map<String, Object>> listed = new ArrayList<>();
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				put(zip, file.getKey(), file.getValue());
				listed.add(Map.of("name", file.getKey(), "size", file.getValue().length, "sha256", sha256(file.getValue())));
			}
			put(zip, MANIFEST, manifest(row, generatedBy, generatedAt, listed, evidence));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot pack the dossier of " + row.caseNumber(), ex);
		}
		return bytes.toByteArray();
	}

	private static byte[] manifest(CaseRow row, String generatedBy, OffsetDateTime generatedAt,
			List<Map<String, Object>> files, List<EvidenceFile> evidence) throws JsonProcessingException {
		Map<String, Object> manifest = new LinkedHashMap<>();
		manifest.put("caseNumber", row.caseNumber());
		manifest.put("caseId", row.id());
		manifest.put("party", row.enterpriseName());
		manifest.put("closed", row.closedAt() != null);
		manifest.put("status", row.closedAt() != null ? "已结案" : "未结案（临时案卷）");
		manifest.put("generatedAt", generatedAt.toString());
		manifest.put("generatedBy", generatedBy);
		manifest.put("algorithm", "SHA-256");
		manifest.put("files", files);
		manifest.put("evidence", evidence.stream()
			.map(e -> Map.of("fileName", e.fileName(), "contentType", String.valueOf(e.contentType()), "size", e.size(),
					"sha256", e.sha256(), "uploadedBy", String.valueOf(e.uploadedBy()),
					"uploadedAt", String.valueOf(e.uploadedAt())))
			.toList());
		return JSON.writeValueAsBytes(manifest);
	}

	private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content);
		zip.closeEntry();
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

}
