package cn.eco.enforcement.shared;

/**
 * Characters no text of ours may hold: NUL and the other C0 and C1 control characters (tab, line
 * feed and carriage return excepted where text may span lines), DEL, and the Unicode bidi
 * overrides and isolates (U+202A–U+202E, U+2066–U+2069) that make a text read differently from
 * what it stores. PostgreSQL refuses NUL and H2 stores it; checking here answers the same on both.
 */
public final class ForbiddenCharacters {

	/** What a caller reads when a field holds one (Chinese, shown to users). */
	public static final String MESSAGE = "含有不允许的字符（如 NUL 等控制字符或双向文本控制符）";

	private ForbiddenCharacters() {
	}

	/** Whether the text holds a forbidden character; {@code multiLine} lets tabs and line breaks pass. */
	public static boolean in(String text, boolean multiLine) {
		if (text == null) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			if (forbidden(text.charAt(i), multiLine)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Refuses the text with a 400 naming the field.
	 * @throws InvalidInputException when the text holds a forbidden character
	 */
	public static void refuse(String field, String text, boolean multiLine) {
		if (in(text, multiLine)) {
			throw new InvalidInputException(field, MESSAGE);
		}
	}

	private static boolean forbidden(char c, boolean multiLine) {
		if (c == '\t' || c == '\n' || c == '\r') {
			return !multiLine;
		}
		return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
	}

}
