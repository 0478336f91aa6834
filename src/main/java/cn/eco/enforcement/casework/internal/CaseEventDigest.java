package cn.eco.enforcement.casework.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The SHA-256 of one entry of a case's timeline ({@code case_event}) over a canonical form of its
 * fields and its predecessor's hash. The form is versioned ({@code case-event/1}); every text is
 * written with its UTF-8 length, so no choice of characters in a field can imitate another field,
 * and the time is the UTC instant at microseconds, what both databases keep. Used when an entry is
 * appended, when the migration chains the entries written before, and when the chain is checked.
 */
public final class CaseEventDigest {

	private CaseEventDigest() {
	}

	/** The time as stored: both PostgreSQL and H2 keep microseconds. */
	public static OffsetDateTime stored(OffsetDateTime at) {
		return at.truncatedTo(ChronoUnit.MICROS);
	}

	/** The hex SHA-256 of the entry; {@code previousHash} is null for a case's first entry. */
	public static String hash(long caseId, int seq, OffsetDateTime occurredAt, String stage, String actor,
			String description, String previousHash) {
		StringBuilder canonical = new StringBuilder("case-event/1\n");
		canonical.append("case=").append(caseId).append('\n');
		canonical.append("seq=").append(seq).append('\n');
		canonical.append("at=").append(stored(occurredAt).toInstant()).append('\n');
		field(canonical, "stage", stage);
		field(canonical, "actor", actor);
		field(canonical, "description", description);
		field(canonical, "prev", previousHash);
		return HexFormat.of().formatHex(sha256().digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
	}

	/** The hex SHA-256 of a file's bytes, as the timeline records documents, evidence and dossiers. */
	public static String sha256(byte[] content) {
		return HexFormat.of().formatHex(sha256().digest(content));
	}

	private static void field(StringBuilder canonical, String name, String value) {
		canonical.append(name).append('=');
		if (value == null) {
			canonical.append('-');
		}
		else {
			canonical.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
		}
		canonical.append('\n');
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

}
