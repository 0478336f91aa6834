package cn.eco.enforcement.assessment.statistics;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.util.List;

/** Small inline SVG bar charts: no script, no library, readable on a phone. */
final class Charts {

	static final String[] COLOURS = { "#1b6b3a", "#d9822b", "#3b6fb6" };

	private Charts() {
	}

	/** One labelled group of horizontal bars per item, one bar per series. */
	record Bars(String label, long[] values) {
	}

	/** Bars for the items with any value above zero; a note when there are none. */
	static String horizontal(String title, List<String> series, List<Bars> all) {
		List<Bars> items = all.stream().filter(b -> java.util.Arrays.stream(b.values()).anyMatch(v -> v > 0)).toList();
		if (items.isEmpty()) {
			return "<figure><figcaption>" + htmlEscape(title) + "</figcaption><p>本月暂无数据</p></figure>";
		}
		int barHeight = 12;
		int groupHeight = series.size() * barHeight + 10;
		int width = 460;
		int labelWidth = 110;
		long max = Math.max(1, items.stream().flatMapToLong(b -> java.util.Arrays.stream(b.values())).max().orElse(1));
		int height = 28 + items.size() * groupHeight + 10;
		StringBuilder svg = new StringBuilder("<figure><figcaption>").append(htmlEscape(title)).append("</figcaption>")
			.append("<svg role=\"img\" viewBox=\"0 0 ").append(width).append(' ').append(height)
			.append("\" width=\"100%\" style=\"max-width:").append(width).append("px\" xmlns=\"http://www.w3.org/2000/svg\" font-size=\"12\">");
		for (int s = 0; s < series.size(); s++) {
			svg.append("<rect x=\"").append(labelWidth + s * 100).append("\" y=\"4\" width=\"10\" height=\"10\" fill=\"")
				.append(COLOURS[s % COLOURS.length]).append("\"/><text x=\"").append(labelWidth + s * 100 + 14)
				.append("\" y=\"13\">").append(htmlEscape(series.get(s))).append("</text>");
		}
		int y = 28;
		for (Bars item : items) {
			svg.append("<text x=\"").append(labelWidth - 6).append("\" y=\"").append(y + groupHeight / 2)
				.append("\" text-anchor=\"end\">").append(htmlEscape(item.label())).append("</text>");
			for (int s = 0; s < item.values().length; s++) {
				long value = item.values()[s];
				long length = Math.round((width - labelWidth - 50) * (double) value / max);
				int top = y + s * barHeight;
				svg.append("<rect x=\"").append(labelWidth).append("\" y=\"").append(top).append("\" width=\"").append(length)
					.append("\" height=\"").append(barHeight - 2).append("\" fill=\"").append(COLOURS[s % COLOURS.length])
					.append("\"/><text x=\"").append(labelWidth + length + 4).append("\" y=\"").append(top + barHeight - 3)
					.append("\">").append(value).append("</text>");
			}
			y += groupHeight;
		}
		return svg.append("</svg></figure>").toString();
	}

}
