package cn.eco.enforcement.monitoring.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import cn.eco.enforcement.monitoring.Reading;

/**
 * The power curves of facilities as an SVG chart, one panel per facility with its running threshold
 * dashed, on one time axis: the evidence of an electricity alarm. Plain SVG elements only (no
 * script, no external reference), so the evidence store accepts it and a browser shows it as a picture.
 */
final class PowerChart {

	private static final int WIDTH = 720;

	private static final int LEFT = 64;

	private static final int RIGHT = 16;

	private static final int TITLE = 36;

	private static final int PANEL = 150;

	private static final int GAP = 44;

	private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("MM-dd HH:mm", Locale.ROOT);

	private PowerChart() {
	}

	/** One facility's curve: its label, unit, running threshold and readings (oldest first). */
	record Curve(String label, String unit, BigDecimal runningAbove, String colour, List<Reading> readings) {
	}

	static byte[] svg(String title, List<Curve> curves, Instant from, Instant to, ZoneId zone) {
		int height = TITLE + curves.size() * (PANEL + GAP);
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"").append(height)
			.append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
			.append("\" font-family=\"sans-serif\" font-size=\"12\">\n");
		svg.append("<rect x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"").append(height)
			.append("\" fill=\"#ffffff\"/>\n");
		text(svg, LEFT, 22, "start", 15, title);
		for (int i = 0; i < curves.size(); i++) {
			panel(svg, curves.get(i), TITLE + i * (PANEL + GAP) + 18, from, to, zone);
		}
		return svg.append("</svg>\n").toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void panel(StringBuilder svg, Curve curve, int top, Instant from, Instant to, ZoneId zone) {
		int plotWidth = WIDTH - LEFT - RIGHT;
		double max = Math.max(curve.runningAbove().doubleValue(), curve.readings().stream()
			.map(Reading::value)
			.filter(v -> v != null)
			.mapToDouble(BigDecimal::doubleValue)
			.max()
			.orElse(0)) * 1.15;
		double top_ = max <= 0 ? 1 : max;
		text(svg, LEFT, top - 6, "start", 13, curve.label() + "（" + curve.unit() + "）");
		svg.append("<rect x=\"").append(LEFT).append("\" y=\"").append(top).append("\" width=\"").append(plotWidth)
			.append("\" height=\"").append(PANEL).append("\" fill=\"none\" stroke=\"#999999\"/>\n");
		for (double share : new double[] { 0, 0.5, 1 }) {
			double y = top + PANEL - share * PANEL;
			text(svg, LEFT - 6, y + 4, "end", 11, number(share * top_));
		}
		double threshold = top + PANEL - curve.runningAbove().doubleValue() / top_ * PANEL;
		svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(fixed(threshold)).append("\" x2=\"")
			.append(LEFT + plotWidth).append("\" y2=\"").append(fixed(threshold))
			.append("\" stroke=\"#888888\" stroke-dasharray=\"6 4\"/>\n");
		text(svg, LEFT + plotWidth - 4, threshold - 4, "end", 11,
				"运行阈值 " + curve.runningAbove().toPlainString() + " " + curve.unit());
		long span = Math.max(1, to.toEpochMilli() - from.toEpochMilli());
		StringBuilder points = new StringBuilder();
		for (Reading reading : curve.readings()) {
			if (reading.value() == null) {
				continue;
			}
			double x = LEFT + (double) (reading.dataTime().toEpochMilli() - from.toEpochMilli()) / span * plotWidth;
			double y = top + PANEL - reading.value().doubleValue() / top_ * PANEL;
			points.append(fixed(x)).append(',').append(fixed(y)).append(' ');
		}
		svg.append("<polyline fill=\"none\" stroke=\"").append(curve.colour()).append("\" stroke-width=\"2\" points=\"")
			.append(points.toString().strip()).append("\"/>\n");
		text(svg, LEFT, top + PANEL + 16, "start", 11, CLOCK.format(from.atZone(zone)));
		text(svg, LEFT + plotWidth / 2.0, top + PANEL + 16, "middle", 11,
				CLOCK.format(from.plusMillis(span / 2).atZone(zone)));
		text(svg, LEFT + plotWidth, top + PANEL + 16, "end", 11, CLOCK.format(to.atZone(zone)));
	}

	private static void text(StringBuilder svg, double x, double y, String anchor, int size, String content) {
		svg.append("<text x=\"").append(fixed(x)).append("\" y=\"").append(fixed(y)).append("\" text-anchor=\"")
			.append(anchor).append("\" font-size=\"").append(size).append("\">").append(escape(content)).append("</text>\n");
	}

	private static String number(double value) {
		return BigDecimal.valueOf(value).setScale(value >= 10 ? 0 : 1, java.math.RoundingMode.HALF_UP).toPlainString();
	}

	private static String fixed(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
