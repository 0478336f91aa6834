package cn.eco.enforcement.documents.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A bordered form: a label column and a value column, each row as high as its text (at least
 * {@link Row#minLines()} lines, leaving room to sign). A row too long for the page continues on the
 * next one, with its borders closed at the foot of the first. With {@code keepRows} a row that fits
 * on a page is never split (a listing's entry, whose hash must not run from one page to the next).
 */
record FormTable(List<Row> rows, boolean keepRows) implements Block {

	/**
	 * One row of the form.
	 * @param paragraphs the value, each paragraph starting on a new line
	 * @param minLines the least number of lines the row is high
	 */
	public record Row(String label, List<String> paragraphs, int minLines) {
	}

	private static final float LABEL_WIDTH = 6 * Style.LABEL.em();

	private static final float PADDING = 5;

	@Override
	public void render(PageLayout page) throws IOException {
		for (Row row : rows) {
			renderRow(page, row);
		}
	}

	private void renderRow(PageLayout page, Row row) throws IOException {
		float valueWidth = PageLayout.textWidth() - LABEL_WIDTH;
		List<LineBreaker.Line> labels = page.wrap(row.label(), Style.LABEL, LABEL_WIDTH - 2 * PADDING,
				LABEL_WIDTH - 2 * PADDING);
		// One character of room on the right keeps hanging punctuation inside the cell.
		float measure = valueWidth - 2 * PADDING - Style.CELL.em();
		List<LineBreaker.Line> values = new ArrayList<>();
		for (String paragraph : row.paragraphs()) {
			values.addAll(page.wrap(paragraph, Style.CELL, measure, measure));
		}
		int total = Math.max(row.minLines(), Math.max(labels.size(), values.size()));
		if (keepRows && page.linesLeft(Style.CELL, 2 * PADDING) < total
				&& total <= PageLayout.linesPerPage(Style.CELL, 2 * PADDING)) {
			page.newPage();
		}
		int done = 0;
		while (done < total) {
			if (page.linesLeft(Style.CELL, 2 * PADDING) < Math.min(2, total - done)) {
				page.newPage();
			}
			int lines = Math.min(page.linesLeft(Style.CELL, 2 * PADDING), total - done);
			// A label sits in the middle of a row that fits on the page, at the top of one that does not.
			float labelShift = done == 0 && lines == total ? (total - labels.size()) * Style.LABEL.leading / 2 : 0;
			drawSegment(page, labels, values, done, lines, valueWidth, labelShift);
			done += lines;
		}
	}

	private void drawSegment(PageLayout page, List<LineBreaker.Line> labels, List<LineBreaker.Line> values, int from,
			int count, float valueWidth, float labelShift) throws IOException {
		float top = page.y();
		float height = count * Style.CELL.leading + 2 * PADDING;
		page.strokeRect(PageLayout.LEFT, top - height, LABEL_WIDTH, height);
		page.strokeRect(PageLayout.LEFT + LABEL_WIDTH, top - height, valueWidth, height);
		for (int i = from; i < from + count; i++) {
			float lineTop = top - PADDING - (i - from) * Style.CELL.leading;
			if (i < labels.size()) {
				LineBreaker.Line label = labels.get(i);
				page.show(label.text(), Style.LABEL, PageLayout.LEFT + (LABEL_WIDTH - label.width()) / 2,
						lineTop - labelShift, 0);
			}
			if (i < values.size()) {
				page.show(values.get(i).text(), Style.CELL, PageLayout.LEFT + LABEL_WIDTH + PADDING, lineTop, 0);
			}
		}
		page.down(height);
	}

}
