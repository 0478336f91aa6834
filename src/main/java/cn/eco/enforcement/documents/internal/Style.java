package cn.eco.enforcement.documents.internal;

/** The type styles of the documents: weight, size and line height in points. */
enum Style {

	/** The issuing authority above the title. */
	AUTHORITY(true, 18, 30),

	/** The document title. */
	TITLE(true, 22, 40),

	/** Body text, party block, number line and signature. */
	BODY(false, 14, 25),

	/** Numbered section headings of the body (一、…). */
	HEADING(true, 14, 25),

	/** Text in the cells of a form. */
	CELL(false, 12, 19),

	/** Labels of a form. */
	LABEL(true, 12, 19);

	final boolean bold;

	final float size;

	final float leading;

	Style(boolean bold, float size, float leading) {
		this.bold = bold;
		this.size = size;
		this.leading = leading;
	}

	/** The width of one Chinese character (one em). */
	float em() {
		return size;
	}

}
