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
		assertThat(ContentTypes.sniff(ascii("<html><script>alert(1)</script>"))).isNull();
		assertThat(ContentTypes.sniff(box("ftypXXXX"))).isNull();
		assertThat(ContentTypes.sniff(new byte[] { (byte) 0xFF, (byte) 0xD8 })).isNull();
		assertThat(ContentTypes.sniff(new byte[0])).isNull();
	}

	@Test
	void anSvgIsKnownByItsHeadAndTakenOnlyWhenTheWholeOfItIsAPlainDrawing() throws Exception {
		String chart = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect x=\"0\" y=\"0\" "
				+ "width=\"10\" height=\"10\" fill=\"#fff\"/><polyline points=\"0,0 5,5\" stroke=\"#000\"/><text x=\"1\" "
				+ "y=\"9\">用电曲线</text></svg>";

		assertThat(ContentTypes.sniff(ascii(chart))).isEqualTo("image/svg+xml");
		assertThat(ContentTypes.sniff(ascii("<?xml version=\"1.0\"?>" + chart))).isEqualTo("image/svg+xml");
		assertThat(safe(chart)).isTrue();
		assertThat(safe(chart.replace("</svg>", "<script>alert(1)</script></svg>"))).as("script").isFalse();
		assertThat(safe(chart.replace("<rect ", "<rect onclick=\"alert(1)\" "))).as("event handler").isFalse();
		assertThat(safe(chart.replace("</svg>", "<a href=\"javascript:alert(1)\"><text>x</text></a></svg>"))).as("link")
			.isFalse();
		assertThat(safe(chart.replace("fill=\"#fff\"", "fill=\"url(https://example.com/x)\""))).as("reference").isFalse();
		assertThat(safe(chart.replace("</svg>", "<foreignObject><div/></foreignObject></svg>"))).isFalse();
		assertThat(safe("<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + chart))
			.as("document type").isFalse();
		assertThat(safe("<?xml version=\"1.0\"?><html/>")).as("not svg").isFalse();
		assertThat(safe("<svg")).as("not well-formed").isFalse();
	}

	private static boolean safe(String svg) throws java.io.IOException {
		return SafeSvg.isSafe(new java.io.ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
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
