package cn.eco.enforcement.evidence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

import cn.eco.enforcement.evidence.EvidenceApi;
import cn.eco.enforcement.evidence.EvidenceItem;
import cn.eco.enforcement.shared.ForbiddenCharacters;
import cn.eco.enforcement.shared.InvalidInputException;

/**
 * Takes evidence in: judges each file by its first bytes, streams it through SHA-256 into a
 * temporary file (never whole into memory), reads EXIF from a JPEG's head, puts the file into the
 * store under its hash and records it. A file that is no photo, video or PDF, empty or too large
 * is refused with the reason, and then nothing of the request is recorded.
 */
@Service
class EvidenceManagement implements EvidenceApi {

	private final EvidenceRecords records;

	private final EvidenceFiles files;

	private final EvidenceSettings settings;

	private final ZoneId zone;

	private final Clock clock = Clock.systemUTC();

	/** An SVG larger than this is shown as a link, not inlined as a thumbnail. */
	private static final long SVG_PREVIEW_LIMIT = 512 * 1024;

	EvidenceManagement(EvidenceRecords records, EvidenceFiles files, EvidenceSettings settings,
			@Value("${app.zone:Asia/Shanghai}") ZoneId zone) {
		this.records = records;
		this.files = files;
		this.settings = settings;
		this.zone = zone;
	}

	@Override
	@Transactional
	public List<EvidenceItem> store(long alarmId, String uploadedBy, List<Upload> uploads) {
		return store(EvidenceRecords.Owner.alarm(alarmId), uploadedBy, uploads);
	}

	@Override
	@Transactional
	public List<EvidenceItem> storeForOmInspection(long inspectionId, String checklistItem, String uploadedBy,
			List<Upload> uploads) {
		return store(EvidenceRecords.Owner.omInspection(inspectionId, checklistItem), uploadedBy, uploads);
	}

	private List<EvidenceItem> store(EvidenceRecords.Owner owner, String uploadedBy, List<Upload> uploads) {
		if (uploads.isEmpty()) {
			throw new InvalidInputException("file", "请至少上传一个文件（字段名 file）");
		}
		OffsetDateTime now = OffsetDateTime.now(clock).atZoneSameInstant(zone).toOffsetDateTime();
		List<EvidenceItem> items = new ArrayList<>();
		for (Upload upload : uploads) {
			String name = fileName(upload.fileName());
			Stored stored = keep(upload, name);
			items.add(records.add(owner, stored, name, uploadedBy, now));
		}
		return items;
	}

	@Override
	public List<EvidenceItem> of(long alarmId) {
		return records.of(alarmId);
	}

	@Override
	public Map<String, List<EvidenceItem>> ofOmInspection(long inspectionId) {
		Map<String, List<EvidenceItem>> byItem = new LinkedHashMap<>();
		records.ofOmInspection(inspectionId)
			.forEach(e -> byItem.computeIfAbsent(e.checklistItem(), k -> new ArrayList<>()).add(e.item()));
		return byItem;
	}

	@Override
	public Optional<ChecklistEvidence> findOfOmInspection(long inspectionId, long itemId) {
		return records.findOfOmInspection(inspectionId, itemId);
	}

	@Override
	public Optional<EvidenceItem> find(long alarmId, long itemId) {
		return records.find(alarmId, itemId);
	}

	@Override
	public InputStream open(EvidenceItem item) {
		return files.open(item.sha256());
	}

	@Override
	public Optional<byte[]> thumbnail(EvidenceItem item) {
		if (!item.picture()) {
			return Optional.empty();
		}
		if (item.contentType().equals(ContentTypes.SVG)) {
			// A drawing scales without loss: the chart is its own preview (checked safe when stored).
			return item.size() <= SVG_PREVIEW_LIMIT ? Optional.of(readAll(item)) : Optional.empty();
		}
		try (InputStream in = open(item)) {
			return Thumbnails.of(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private byte[] readAll(EvidenceItem item) {
		try (InputStream in = open(item)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Stored keep(Upload upload, String name) {
		Path temporary = null;
		try (InputStream in = upload.content().getInputStream()) {
			byte[] head = in.readNBytes(JpegExif.HEAD);
			if (head.length == 0) {
				throw new InvalidInputException("file", "文件“" + name + "”是空文件");
			}
			String type = ContentTypes.sniff(head);
			if (type == null) {
				throw new InvalidInputException("file",
						"文件“" + name + "”不是照片（JPEG、PNG、HEIC）、视频（MP4、MOV）、PDF 或 SVG 图表（按文件内容识别，而非文件名）");
			}
			long limit = (type.startsWith("video/") ? settings.maxVideoSize() : settings.maxPhotoSize()).toBytes();
			temporary = Files.createTempFile("evidence-", ".upload");
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			long size = copy(head, in, new DigestOutputStream(Files.newOutputStream(temporary), sha256), limit);
			if (size > limit) {
				throw new InvalidInputException("file", "文件“" + name + "”超过 " + DataSize.ofBytes(limit).toMegabytes()
						+ " MB（" + (type.startsWith("video/") ? "视频" : "照片或文档") + "的上限）");
			}
			if (type.equals(ContentTypes.SVG) && !safeSvg(temporary)) {
				throw new InvalidInputException("file", "文件“" + name + "”不是可接收的 SVG 图表（只接收不含脚本、链接和外部引用的图形）");
			}
			String hash = HexFormat.of().formatHex(sha256.digest());
			files.put(hash, temporary, size, type);
			return new Stored(hash, size, type,
					type.equals("image/jpeg") ? JpegExif.read(head, zone) : JpegExif.Exif.NONE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			deleteQuietly(temporary);
		}
	}

	private static boolean safeSvg(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return SafeSvg.isSafe(in);
		}
	}

	/** Copies the head and then the rest; stops one byte past the limit. */
	private static long copy(byte[] head, InputStream rest, OutputStream target, long limit) throws IOException {
		try (target) {
			target.write(head);
			long size = head.length;
			byte[] buffer = new byte[64 * 1024];
			int n;
			while (size <= limit && (n = rest.read(buffer)) > 0) {
				target.write(buffer, 0, n);
				size += n;
			}
			return size;
		}
	}

	/** The name as given, without any directory part, at most 255 characters. */
	private static String fileName(String given) {
		if (given != null && ForbiddenCharacters.in(given, false)) {
			throw new InvalidInputException("file", "文件名" + ForbiddenCharacters.MESSAGE);
		}
		String name = given == null ? "" : given.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).strip();
		if (name.isEmpty()) {
			return "未命名文件";
		}
		return name.length() > 255 ? name.substring(name.length() - 255) : name;
	}

	private static void deleteQuietly(Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ignored) {
				// a temporary file; the system cleans its temp directory
			}
		}
	}

}
