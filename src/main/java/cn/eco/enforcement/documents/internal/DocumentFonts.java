package cn.eco.enforcement.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The Chinese font of the documents: Noto Sans SC (SIL Open Font License 1.1) with TrueType outlines,
 * which the build unpacks into {@code fonts/} on the classpath. The files (10 MB each) are read on first
 * use and kept; each document embeds a subset holding only the glyphs it uses.
 */
final class DocumentFonts {

	private static final String REGULAR = "fonts/NotoSansSC-Regular.ttf";

	private static final String BOLD = "fonts/NotoSansSC-Bold.ttf";

	private byte[] regular;

	private byte[] bold;

	/** The regular weight, to be embedded as a subset when the document is saved. */
	PDType0Font regular(PDDocument document) throws IOException {
		return load(document, files()[0]);
	}

	/** The bold weight, for the authority, the title and headings. */
	PDType0Font bold(PDDocument document) throws IOException {
		return load(document, files()[1]);
	}

	private synchronized byte[][] files() {
		if (regular == null) {
			regular = read(REGULAR);
			bold = read(BOLD);
		}
		return new byte[][] { regular, bold };
	}

	private static PDType0Font load(PDDocument document, byte[] font) throws IOException {
		// Parsed per document: PDFBox closes a font when it writes the subset. The last flag is "vertical".
		return PDType0Font.load(document, new RandomAccessReadBuffer(font), true, false);
	}

	private static byte[] read(String resource) {
		try (InputStream in = DocumentFonts.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("The document font " + resource
						+ " is not on the classpath; the Maven build unpacks it (see docs/legal-documents.md)");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the document font " + resource, ex);
		}
	}

}
