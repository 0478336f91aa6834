package cn.eco.enforcement.documents.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A4 pages with the margins of Chinese official documents, a cursor that moves down the page and
 * starts a new page when the next line does not fit, and the few drawing operations the blocks need.
 */
final class PageLayout {

	private static final float MM = 72f / 25.4f;

	static final float PAGE_WIDTH = PDRectangle.A4.getWidth();

	static final float LEFT = 28 * MM;

	static final float RIGHT = PAGE_WIDTH - 26 * MM;

	private static final float TOP = PDRectangle.A4.getHeight() - 30 * MM;

	private static final float BOTTOM = 28 * MM;

	/** Where the baseline sits below the top of the em box of CJK glyphs (ideographic box -120..880). */
	private static final float ASCENT = 0.88f;

	private final PDDocument document;

	private final PDType0Font regular;

	private final PDType0Font bold;

	private final Map<Integer, Boolean> printable = new HashMap<>();

	private PDPageContentStream content;

	private float y;

	PageLayout(PDDocument document, PDType0Font regular, PDType0Font bold) {
		this.document = document;
		this.regular = regular;
		this.bold = bold;
	}

	/** The width between the margins. */
	static float textWidth() {
		return RIGHT - LEFT;
	}

	/** The top of the next line. */
	float y() {
		return y;
	}

	/** Starts a new page unless {@code height} fits between the cursor and the bottom margin. */
	void reserve(float height) throws IOException {
		if (content == null || y - height < BOTTOM - 0.01f) {
			newPage();
		}
	}

	/** How many lines of the style fit between the cursor and the bottom margin after {@code padding}. */
	/** How many lines of the style a fresh page holds between its margins. */
	static int linesPerPage(Style style, float padding) {
		return (int) Math.floor((TOP - BOTTOM - padding) / style.leading + 0.001f);
	}

	int linesLeft(Style style, float padding) {
		return content == null ? 0 : (int) Math.floor((y - BOTTOM - padding) / style.leading + 0.001f);
	}

	void down(float height) {
		y -= height;
	}

	void newPage() throws IOException {
		if (content != null) {
			content.close();
		}
		PDPage page = new PDPage(PDRectangle.A4);
		document.addPage(page);
		content = new PDPageContentStream(document, page);
		y = TOP;
	}

	/**
	 * Draws one line in the line box whose top is {@code top}. {@code stretch} points are shared out
	 * between the characters next to a Chinese character or a space, so that a justified line ends at
	 * the margin while Latin words and numbers keep their natural spacing.
	 */
	void show(String text, Style style, float x, float top, float stretch) throws IOException {
		show(content, text, style, x, top, stretch);
	}

	private void show(PDPageContentStream stream, String text, Style style, float x, float top, float stretch)
			throws IOException {
		stream.beginText();
		stream.setFont(font(style), style.size);
		stream.newLineAtOffset(x, baseline(style, top));
		stream.showTextWithPositioning(Justification.spread(printable(text), stretch, style.size));
		stream.endText();
	}

	void strokeRect(float x, float bottom, float width, float height) throws IOException {
		content.setLineWidth(0.8f);
		content.addRect(x, bottom, width, height);
		content.stroke();
	}

	/** The lines of a paragraph, set in the style, with characters the font lacks shown as □. */
	List<LineBreaker.Line> wrap(String text, Style style, float firstWidth, float width) {
		return new LineBreaker((s) -> width(s, style)).wrap(printable(text), firstWidth, width);
	}

	float width(String text, Style style) {
		try {
			return font(style).getStringWidth(printable(text)) / 1000 * style.size;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Finishes the last page and numbers all pages (— 1 —) at the foot. */
	void finish() throws IOException {
		finish(true);
	}

	/**
	 * Finishes the last page; with {@code folios} numbers all pages at the foot. The parts of a dossier
	 * go without: the bound volume numbers its pages across all parts.
	 */
	void finish(boolean folios) throws IOException {
		if (content == null) {
			newPage();
		}
		content.close();
		content = null;
		if (!folios) {
			return;
		}
		int number = 0;
		for (PDPage page : document.getPages()) {
			String folio = "— " + ++number + " —";
			try (PDPageContentStream foot = new PDPageContentStream(document, page,
					PDPageContentStream.AppendMode.APPEND, true)) {
				show(foot, folio, Style.CELL, (PAGE_WIDTH - width(folio, Style.CELL)) / 2, BOTTOM - 10 * MM, 0);
			}
		}
	}

	private static float baseline(Style style, float top) {
		return top - (style.leading - style.size) / 2 - ASCENT * style.size;
	}

	private PDType0Font font(Style style) {
		return style.bold ? bold : regular;
	}

	private String printable(String text) {
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach((cp) -> out.appendCodePoint(Character.isISOControl(cp) ? ' ' : printable(cp)));
		return out.toString();
	}

	private int printable(int codePoint) {
		boolean known = printable.computeIfAbsent(codePoint, (cp) -> canEncode(regular, cp) && canEncode(bold, cp));
		return known ? codePoint : '□';
	}

	private static boolean canEncode(PDType0Font font, int codePoint) {
		try {
			font.encode(Character.toString(codePoint));
			return true;
		}
		catch (IllegalArgumentException | IOException ex) {
			return false;
		}
	}

}
