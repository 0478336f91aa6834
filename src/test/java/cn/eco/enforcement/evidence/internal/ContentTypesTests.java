package cn.eco.enforcement.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;

import cn.eco.enforcement.support.TestPhotos;
import org.junit.jupiter.api.Test;

/** What a file is, judged from its first bytes only, and what the EXIF block of a JPEG says. */
class ContentTypesTests {

	@Test
	void photosVideosAndPdfAreKnownByTheirFirstBytes() {
		assertThat(ContentTypes.sniff(TestPhotos.jpeg(1))).isEqualTo("image/jpeg");
		assertThat(ContentTypes.sniff(TestPhotos.png(1))).isEqualTo("image/png");
		assertThat(ContentTypes.sniff(TestPhotos.mp4())).isEqualTo("video/mp4");
		assertThat(ContentTypes.sniff(box("ftypheic"))).isEqualTo("image/heic");
		assertThat(ContentTypes.sniff(box("ftypmif1"))).isEqualTo("image/heif");
		assertThat(ContentTypes.sniff(box("ftypqt  "))).isEqualTo("video/quicktime");
		assertThat(ContentTypes.sniff(box("moov    "))).isEqualTo("video/quicktime");
		assertThat(ContentTypes.sniff(ascii("%PDF-1.7\n"))).isEqualTo("application/pdf");
	}

	@Test
	void textScriptsAndUnknownContainersAreNotEvidence() {
		assertThat(ContentTypes.sniff(ascii("这不是照片"))).isNull();
		assertThat(ContentTypes.sniff(ascii("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"))).isNull();
		assertThat(ContentTypes.sniff(box("ftypXXXX"))).isNull();
		assertThat(ContentTypes.sniff(new byte[] { (byte) 0xFF, (byte) 0xD8 })).isNull();
		assertThat(ContentTypes.sniff(new byte[0])).isNull();
	}

	@Test
	void exifGivesCaptureTimeInTheBureausZoneAndSignedCoordinates() {
		byte[] south = TestPhotos.jpegWithExif(3, -33.8568, -70.6483, "2026:01:02 03:04:05");

		JpegExif.Exif exif = JpegExif.read(south, ZoneId.of("Asia/Shanghai"));

		assertThat(exif.latitude()).isCloseTo(-33.8568, org.assertj.core.api.Assertions.within(0.0001));
		assertThat(exif.longitude()).isCloseTo(-70.6483, org.assertj.core.api.Assertions.within(0.0001));
		assertThat(exif.capturedAt()).hasToString("2026-01-02T03:04:05+08:00");
		assertThat(JpegExif.read(TestPhotos.jpeg(4), ZoneId.of("Asia/Shanghai"))).isEqualTo(JpegExif.Exif.NONE);
	}

	private static byte[] box(String typeAndBrand) {
		byte[] head = new byte[16];
		head[3] = 16;
		System.arraycopy(typeAndBrand.getBytes(StandardCharsets.ISO_8859_1), 0, head, 4, 8);
		return head;
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
