package cn.eco.enforcement.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

/**
 * Real image files for evidence tests: a small JPEG drawn with ImageIO, optionally with an EXIF
 * block (APP1) holding DateTimeOriginal and a GPS position, written as a camera writes it (big-endian
 * TIFF, IFD0 → Exif IFD and GPS IFD, degrees/minutes/seconds as RATIONALs).
 */
public final class TestPhotos {

	private TestPhotos() {
	}

	/** A JPEG of a few hundred bytes without EXIF; {@code seed} changes its pixels (and so its hash). */
	public static byte[] jpeg(int seed) {
		return encode(seed, "jpg");
	}

	public static byte[] png(int seed) {
		return encode(seed, "png");
	}

	/** A JPEG whose EXIF says where (north/east positive) and when ({@code yyyy:MM:dd HH:mm:ss}) it was taken. */
	public static byte[] jpegWithExif(int seed, double latitude, double longitude, String takenAt) {
		byte[] plain = jpeg(seed);
		byte[] exif = exifSegment(latitude, longitude, takenAt);
		byte[] result = new byte[plain.length + exif.length];
		System.arraycopy(plain, 0, result, 0, 2);
		System.arraycopy(exif, 0, result, 2, exif.length);
		System.arraycopy(plain, 2, result, 2 + exif.length, plain.length - 2);
		return result;
	}

	/** The start of an MP4 file (an ftyp box of brand isom and an empty mdat box). */
	public static byte[] mp4() {
		ByteBuffer box = ByteBuffer.allocate(32);
		box.putInt(24).put("ftypisom".getBytes(StandardCharsets.US_ASCII)).putInt(0x200)
			.put("isomiso2".getBytes(StandardCharsets.US_ASCII));
		box.putInt(8).put("mdat".getBytes(StandardCharsets.US_ASCII));
		return box.array();
	}

	private static byte[] encode(int seed, String format) {
		BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color((seed * 73) & 0xFFFFFF));
		g.fillRect(0, 0, 16, 16);
		g.setColor(Color.WHITE);
		g.fillRect(seed % 16, 0, 1, 16);
		g.dispose();
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, format, out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] exifSegment(double latitude, double longitude, String takenAt) {
		byte[] time = (takenAt + "\0").getBytes(StandardCharsets.US_ASCII);
		// Layout: header 8 | IFD0 (2 entries) 30 | Exif IFD (1 entry) 18 | GPS IFD (4 entries) 54 | time 20 | lat 24 | lon 24
		int ifd0 = 8;
		int exifIfd = ifd0 + 2 + 2 * 12 + 4;
		int gpsIfd = exifIfd + 2 + 12 + 4;
		int timeAt = gpsIfd + 2 + 4 * 12 + 4;
		int latAt = timeAt + time.length;
		int lonAt = latAt + 24;
		ByteBuffer tiff = ByteBuffer.allocate(lonAt + 24).order(ByteOrder.BIG_ENDIAN);
		tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(ifd0);
		tiff.putShort((short) 2);
		entry(tiff, 0x8769, 4, 1, exifIfd);
		entry(tiff, 0x8825, 4, 1, gpsIfd);
		tiff.putInt(0);
		tiff.putShort((short) 1);
		entry(tiff, 0x9003, 2, time.length, timeAt);
		tiff.putInt(0);
		tiff.putShort((short) 4);
		entry(tiff, 0x0001, 2, 2, (latitude >= 0 ? 'N' : 'S') << 24);
		entry(tiff, 0x0002, 5, 3, latAt);
		entry(tiff, 0x0003, 2, 2, (longitude >= 0 ? 'E' : 'W') << 24);
		entry(tiff, 0x0004, 5, 3, lonAt);
		tiff.putInt(0);
		tiff.put(time);
		degrees(tiff, Math.abs(latitude));
		degrees(tiff, Math.abs(longitude));
		byte[] body = tiff.array();
		ByteBuffer segment = ByteBuffer.allocate(4 + 6 + body.length);
		segment.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + 6 + body.length));
		segment.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII)).put(body);
		return segment.array();
	}

	private static void entry(ByteBuffer tiff, int tag, int type, int count, int value) {
		tiff.putShort((short) tag).putShort((short) type).putInt(count).putInt(value);
	}

	private static void degrees(ByteBuffer tiff, double value) {
		int degrees = (int) value;
		int minutes = (int) ((value - degrees) * 60);
		long seconds = Math.round(((value - degrees) * 60 - minutes) * 60 * 10_000);
		tiff.putInt(degrees).putInt(1).putInt(minutes).putInt(1).putInt((int) seconds).putInt(10_000);
	}

}
