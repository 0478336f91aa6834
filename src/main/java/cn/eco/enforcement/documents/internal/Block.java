package cn.eco.enforcement.documents.internal;

import java.io.IOException;
import java.util.List;

/** A piece of a document, laid out onto the pages in order. */
public interface Block {

	void render(PageLayout page) throws IOException;

	/** A line (or lines, if long) centred between the margins. */
	static Block centered(String text, Style style) {
		return new TextBlock(text, style, TextBlock.Align.CENTER, 0);
	}

	/** A line set flush right, such as the document number. */
	static Block right(String text) {
		return new TextBlock(text, Style.BODY, TextBlock.Align.RIGHT, 0);
	}

	/** A line set flush left without indent, such as the addressee or a line of the party block. */
	static Block line(String text) {
		return new TextBlock(text, Style.BODY, TextBlock.Align.JUSTIFY, 0);
	}

	/** Body text: each line of {@code text} a paragraph, its first line indented by two characters. */
	static Block paragraph(String text) {
		return new TextBlock(text, Style.BODY, TextBlock.Align.JUSTIFY, 2 * Style.BODY.em());
	}

	/** A numbered section heading of the body, indented like a paragraph and set in bold. */
	static Block heading(String text) {
		return new TextBlock(text, Style.HEADING, TextBlock.Align.JUSTIFY, 2 * Style.HEADING.em());
	}

	/** Empty space of the given number of body lines. */
	static Block space(float lines) {
		return (page) -> page.down(lines * Style.BODY.leading);
	}

	/** The authority and the date at the bottom right, kept together on one page. */
	static Block signature(String authority, String date) {
		return new Signature(authority, date);
	}

	/** A form of labelled rows with borders, each row as high as its text. */
	static Block table(List<FormTable.Row> rows) {
		return new FormTable(rows, false);
	}

	/** A listing of entries with borders: each entry kept on one page when it fits on one. */
	static Block entries(List<FormTable.Row> rows) {
		return new FormTable(rows, true);
	}

}
