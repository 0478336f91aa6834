package cn.eco.enforcement.evidence.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Capture time and GPS position from the EXIF block (APP1) of a JPEG: DateTimeOriginal (else
 * DateTime) and GPSLatitude/GPSLongitude with their N/S and E/W references. EXIF times carry no zone;
 * they are read in the bureau's zone. Anything malformed is simply absent: evidence without EXIF is
 * still evidence.
 */
final class JpegExif {

	/** The APP1 block is near the start; this much of a JPEG is read to find it. */
	static final int HEAD = 128 * 1024;

	private static final int EXIF_IFD = 0x8769;

	private static final int GPS_IFD = 0x8825;

	private static final int DATE_TIME = 0x0132;

	private static final int DATE_TIME_ORIGINAL = 0x9003;

	private static final DateTimeFormatter EXIF_TIME = DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss");

	/** What the EXIF block says; each part may be null. */
	record Exif(OffsetDateTime capturedAt, Double latitude, Double longitude) {

		static final Exif NONE = new Exif(null, null, null);

	}

	private JpegExif() {
	}

	static Exif read(byte[] jpeg, ZoneId zone) {
		try {
			ByteBuffer tiff = exifBlock(jpeg);
			return tiff == null ? Exif.NONE : parse(tiff, zone);
		}
		catch (RuntimeException malformed) {
			return Exif.NONE;
		}
	}

	/** The TIFF structure inside {@code Exif\0\0} of the first APP1 segment, or null. */
	private static ByteBuffer exifBlock(byte[] jpeg) {
		int at = 2;
		while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
			int marker = jpeg[at + 1] & 0xFF;
			int length = ((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF);
			if (marker == 0xDA || marker == 0xD9) {
				return null;
			}
			if (marker == 0xE1 && length > 8 && at + 2 + length <= jpeg.length
					&& new String(jpeg, at + 4, 6, StandardCharsets.ISO_8859_1).equals("Exif\0\0")) {
				return ByteBuffer.wrap(jpeg, at + 10, length - 8).slice();
			}
			at += 2 + length;
		}
		return null;
	}

	private static Exif parse(ByteBuffer tiff, ZoneId zone) {
		tiff.order(tiff.getShort(0) == 0x4949 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
		int ifd0 = tiff.getInt(4);
		String time = text(tiff, ifd0, DATE_TIME);
		Integer exif = offset(tiff, ifd0, EXIF_IFD);
		if (exif != null && text(tiff, exif, DATE_TIME_ORIGINAL) != null) {
			time = text(tiff, exif, DATE_TIME_ORIGINAL);
		}
		Double latitude = null;
		Double longitude = null;
		Integer gps = offset(tiff, ifd0, GPS_IFD);
		if (gps != null) {
			latitude = degrees(tiff, gps, 2, text(tiff, gps, 1), "S");
			longitude = degrees(tiff, gps, 4, text(tiff, gps, 3), "W");
		}
		return new Exif(time(time, zone), latitude, longitude);
	}

	/** Position of the entry with the tag in the IFD, or -1. */
	private static int entry(ByteBuffer tiff, int ifd, int tag) {
		int count = tiff.getShort(ifd) & 0xFFFF;
		for (int i = 0; i < count; i++) {
			int at = ifd + 2 + 12 * i;
			if ((tiff.getShort(at) & 0xFFFF) == tag) {
				return at;
			}
		}
		return -1;
	}

	private static Integer offset(ByteBuffer tiff, int ifd, int tag) {
		int at = entry(tiff, ifd, tag);
		return at < 0 ? null : tiff.getInt(at + 8);
	}

	private static String text(ByteBuffer tiff, int ifd, int tag) {
		int at = entry(tiff, ifd, tag);
		if (at < 0) {
			return null;
		}
		int count = tiff.getInt(at + 4);
		int start = count <= 4 ? at + 8 : tiff.getInt(at + 8);
		byte[] bytes = new byte[count];
		tiff.get(start, bytes);
		return new String(bytes, StandardCharsets.US_ASCII).replace("\0", "").trim();
	}

	/** Three RATIONALs (degrees, minutes, seconds) as signed decimal degrees. */
	private static Double degrees(ByteBuffer tiff, int ifd, int tag, String reference, String negative) {
		int at = entry(tiff, ifd, tag);
		if (at < 0 || tiff.getInt(at + 4) != 3) {
			return null;
		}
		int values = tiff.getInt(at + 8);
		double value = rational(tiff, values) + rational(tiff, values + 8) / 60 + rational(tiff, values + 16) / 3600;
		return negative.equalsIgnoreCase(reference) ? -value : value;
	}

	private static double rational(ByteBuffer tiff, int at) {
		long numerator = tiff.getInt(at) & 0xFFFFFFFFL;
		long denominator = tiff.getInt(at + 4) & 0xFFFFFFFFL;
		return denominator == 0 ? 0 : (double) numerator / denominator;
	}

	private static OffsetDateTime time(String text, ZoneId zone) {
		if (text == null) {
			return null;
		}
		try {
			return LocalDateTime.parse(text, EXIF_TIME).atZone(zone).toOffsetDateTime();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
