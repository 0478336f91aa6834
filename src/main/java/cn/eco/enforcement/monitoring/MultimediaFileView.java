package cn.eco.enforcement.monitoring;

import java.time.OffsetDateTime;

/**
 * A multimedia file a logger reported (HJ 212-2025 appendix H): what it is and where it is; the file
 * itself is not fetched.
 *
 * @param cn the command whose data area carried the reference
 * @param reference where the file can be fetched, as sent
 */
public record MultimediaFileView(String mn, OffsetDateTime dataTime, String cn, String fileName, String fileType,
		Long fileSize, String digest, String reference, OffsetDateTime receivedAt) {
}
