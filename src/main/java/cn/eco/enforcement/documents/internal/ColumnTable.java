package cn.eco.enforcement.documents.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A bordered table of columns with a bold header row, each row as high as its longest cell. A row is
 * kept on one page; the header is repeated at the top of each further page.
 *
 * @param widths the columns' shares of the width between the margins
 */
record ColumnTable(List<Float> widths, List<String> header, List<List<String>> rows) implements Block {

	private static final float PADDING = 4;

	@Override
	public void render(PageLayout page) throws IOException {
		page.reserve(2 * (Style.CELL.leading + 2 * PADDING));
		renderRow(page, header, Style.LABEL);
		for (List<String> row : rows) {
			int lines = wrap(page, row, Style.CELL).stream().mapToInt(List::size).max().orElse(1);
			if (page.linesLeft(Style.CELL, 2 * PADDING) < lines) {
				page.newPage();
				renderRow(page, header, Style.LABEL);
			}
			renderRow(page, row, Style.CELL);
		}
	}

	private void renderRow(PageLayout page, List<String> cells, Style style) throws IOException {
		List<List<LineBreaker.Line>> wrapped = wrap(page, cells, style);
		int lines = Math.max(1, wrapped.stream().mapToInt(List::size).max().orElse(1));
		float height = lines * style.leading + 2 * PADDING;
		float top = page.y();
		float x = PageLayout.LEFT;
		for (int column = 0; column < cells.size(); column++) {
			float width = width(column);
			page.strokeRect(x, top - height, width, height);
			List<LineBreaker.Line> cell = wrapped.get(column);
			for (int i = 0; i < cell.size(); i++) {
				page.show(cell.get(i).text(), style, x + PADDING, top - PADDING - i * style.leading, 0);
			}
			x += width;
		}
		page.down(height);
	}

	private List<List<LineBreaker.Line>> wrap(PageLayout page, List<String> cells, Style style) {
		List<List<LineBreaker.Line>> wrapped = new ArrayList<>();
		for (int column = 0; column < cells.size(); column++) {
			// Half a character of room on the right keeps hanging punctuation inside the cell.
			float measure = width(column) - 2 * PADDING - style.em() / 2;
			String text = cells.get(column) == null ? "" : cells.get(column);
			wrapped.add(page.wrap(text, style, measure, measure));
		}
		return wrapped;
	}

	private float width(int column) {
		float total = (float) widths.stream().mapToDouble(Float::doubleValue).sum();
		return PageLayout.textWidth() * widths.get(column) / total;
	}

}
