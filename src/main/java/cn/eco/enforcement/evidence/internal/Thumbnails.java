package cn.eco.enforcement.evidence.internal;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Small JPEG previews of photos for the forms' evidence thumbnails. The reader subsamples while
 * decoding, so a 20 MB photo of many megapixels never lies whole in memory.
 */
final class Thumbnails {

	static final int MAX_SIDE = 160;

	private Thumbnails() {
	}

	/** A JPEG of at most {@link #MAX_SIDE} px on its longer side, or empty when the photo cannot be read. */
	static Optional<byte[]> of(InputStream photo) throws IOException {
		try (ImageInputStream in = ImageIO.createImageInputStream(photo)) {
			Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
			if (readers == null || !readers.hasNext()) {
				return Optional.empty();
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				int side = Math.max(reader.getWidth(0), reader.getHeight(0));
				ImageReadParam param = reader.getDefaultReadParam();
				int step = Math.max(1, side / (2 * MAX_SIDE));
				param.setSourceSubsampling(step, step, 0, 0);
				return Optional.of(jpeg(scaled(reader.read(0, param))));
			}
			catch (IOException | RuntimeException unreadable) {
				return Optional.empty();
			}
			finally {
				reader.dispose();
			}
		}
	}

	private static BufferedImage scaled(BufferedImage image) {
		double factor = Math.min(1.0, (double) MAX_SIDE / Math.max(image.getWidth(), image.getHeight()));
		int width = Math.max(1, (int) Math.round(image.getWidth() * factor));
		int height = Math.max(1, (int) Math.round(image.getHeight() * factor));
		BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = out.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			g.setColor(java.awt.Color.WHITE);
			g.fillRect(0, 0, width, height);
			g.drawImage(image, 0, 0, width, height, null);
		}
		finally {
			g.dispose();
		}
		return out;
	}

	private static byte[] jpeg(BufferedImage image) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "jpg", out);
		return out.toByteArray();
	}

}
