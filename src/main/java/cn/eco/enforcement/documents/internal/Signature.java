package cn.eco.enforcement.documents.internal;

import java.io.IOException;

/**
 * The issuing authority and the date at the bottom right: the date two characters in from the right
 * margin, the authority centred above it, as on official documents.
 */
record Signature(String authority, String date) implements Block {

	private static final Style STYLE = Style.BODY;

	@Override
	public void render(PageLayout page) throws IOException {
		page.reserve(4 * STYLE.leading);
		page.down(2 * STYLE.leading);
		float dateWidth = page.width(date, STYLE);
		float dateX = PageLayout.RIGHT - 2 * STYLE.em() - dateWidth;
		float authorityWidth = page.width(authority, STYLE);
		float authorityX = Math.max(PageLayout.LEFT,
				Math.min(dateX + (dateWidth - authorityWidth) / 2, PageLayout.RIGHT - authorityWidth));
		page.show(authority, STYLE, authorityX, page.y(), 0);
		page.down(STYLE.leading);
		page.show(date, STYLE, dateX, page.y(), 0);
		page.down(STYLE.leading);
	}

}
