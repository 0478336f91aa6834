package cn.eco.enforcement.documents.internal;

import java.io.IOException;

/** Wrapped text in one style: centred, flush right, or justified with an optional first-line indent. */
record TextBlock(String text, Style style, Align align, float indent) implements Block {

	enum Align {

		CENTER, RIGHT, JUSTIFY

	}

	/** Lines shorter than the measure by more than this many characters are not stretched. */
	private static final int MAX_STRETCH_EMS = 6;

	@Override
	public void render(PageLayout page) throws IOException {
		for (String paragraph : text.split("\\R", -1)) {
			renderParagraph(page, paragraph);
		}
	}

	private void renderParagraph(PageLayout page, String paragraph) throws IOException {
		float width = PageLayout.textWidth();
		boolean first = true;
		for (LineBreaker.Line line : page.wrap(paragraph, style, width - indent, width)) {
			page.reserve(style.leading);
			float x = switch (align) {
				case CENTER -> PageLayout.LEFT + (width - line.width()) / 2;
				case RIGHT -> PageLayout.RIGHT - line.width();
				case JUSTIFY -> PageLayout.LEFT + (first ? indent : 0);
			};
			page.show(line.text(), style, x, page.y(), stretch(line, width - (first ? indent : 0)));
			page.down(style.leading);
			first = false;
		}
	}

	/** How much a justified line is stretched to end at the margin: not at all if it ends its paragraph. */
	private float stretch(LineBreaker.Line line, float available) {
		float gap = available - line.width();
		if (align != Align.JUSTIFY || line.last() || gap <= 0 || gap > MAX_STRETCH_EMS * style.em()) {
			return 0;
		}
		return gap;
	}

}
