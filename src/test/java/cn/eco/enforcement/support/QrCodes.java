package cn.eco.enforcement.support;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/** Reads an enterprise's QR code the way a phone would: fetch the PNG, decode it with ZXing. */
public final class QrCodes {

	private QrCodes() {
	}

	/** The URL held by the enterprise's QR code, fetched as an inspector. */
	public static String publicUrlOf(int port, String enterpriseCode) throws Exception {
		Http inspector = Http.as(port, "wangqiang");
		HttpResponse<byte[]> png = HttpClient.newHttpClient()
			.send(inspector.request("/api/enterprises/" + enterpriseCode + "/qrcode.png").GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
		if (png.statusCode() != 200) {
			throw new AssertionError("QR code of " + enterpriseCode + ": HTTP " + png.statusCode());
		}
		var image = ImageIO.read(new ByteArrayInputStream(png.body()));
		// The image is a generated code with a quiet zone, not a photo: tell the reader so.
		return new QRCodeReader()
			.decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
					Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE, DecodeHintType.TRY_HARDER, Boolean.TRUE))
			.getText();
	}

	/** The path part of the enterprise's public URL ({@code /public/e/<token>}). */
	public static String publicPathOf(int port, String enterpriseCode) throws Exception {
		String url = publicUrlOf(port, enterpriseCode);
		return url.substring(url.indexOf("/public/"));
	}

}
