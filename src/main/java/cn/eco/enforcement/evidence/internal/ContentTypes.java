package cn.eco.enforcement.evidence.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * The type of a file judged from its first bytes (magic numbers), never from its name: JPEG, PNG,
 * HEIC/HEIF, MP4, QuickTime (MOV), PDF and SVG (a chart, checked whole by {@link SafeSvg}). Anything
 * else is not accepted as evidence.
 */
final class ContentTypes {

	/** Enough of the head of a file to judge it. */
	static final int HEAD = 16;

	static final String SVG = "image/svg+xml";

	private static final Set<String> HEIC_BRANDS = Set.of("heic", "heix", "hevc", "hevx", "heim", "heis");

	private static final Set<String> HEIF_BRANDS = Set.of("mif1", "msf1");

	private static final Set<String> MP4_BRANDS = Set.of("isom", "iso2", "iso4", "iso5", "iso6", "mp41", "mp42", "avc1",
			"M4V ", "M4A ", "dash", "3gp4", "3gp5", "3gp6", "3g2a", "MSNV", "f4v ");

	private static final Set<String> QUICKTIME_ATOMS = Set.of("moov", "mdat", "wide", "free", "skip", "pnot");

	private ContentTypes() {
	}

	/** The MIME type of the content starting with {@code head}, or null when it is none we accept. */
	static String sniff(byte[] head) {
		if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
			return "image/jpeg";
		}
		if (startsWith(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return "image/png";
		}
		if (head.length >= 5 && ascii(head, 0, 5).equals("%PDF-")) {
			return "application/pdf";
		}
		if (head.length >= 12 && ascii(head, 4, 4).equals("ftyp")) {
			String brand = ascii(head, 8, 4);
			if (HEIC_BRANDS.contains(brand)) {
				return "image/heic";
			}
			if (HEIF_BRANDS.contains(brand)) {
				return "image/heif";
			}
			if (brand.equals("qt  ")) {
				return "video/quicktime";
			}
			return MP4_BRANDS.contains(brand) ? "video/mp4" : null;
		}
		if (head.length >= 8 && QUICKTIME_ATOMS.contains(ascii(head, 4, 4))) {
			return "video/quicktime";
		}
		return SafeSvg.looksLike(head) ? SVG : null;
	}

	private static boolean startsWith(byte[] head, int... magic) {
		if (head.length < magic.length) {
			return false;
		}
		return Arrays.equals(Arrays.copyOf(head, magic.length), toBytes(magic));
	}

	private static byte[] toBytes(int[] values) {
		byte[] bytes = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			bytes[i] = (byte) values[i];
		}
		return bytes;
	}

	private static String ascii(byte[] bytes, int offset, int length) {
		return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
	}

}
