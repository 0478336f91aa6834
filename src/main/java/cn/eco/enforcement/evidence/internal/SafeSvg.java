package cn.eco.enforcement.evidence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * An SVG chart (as the platform draws the power curves of an electricity alarm) is accepted as
 * evidence only when it is a drawing and nothing else: the elements and attributes of a chart, no
 * script, event handler, link, style sheet, embedded object or document type. A browser then shows
 * it like a photo, and opening it runs nothing.
 */
final class SafeSvg {

	private static final Set<String> ELEMENTS = Set.of("svg", "g", "title", "desc", "rect", "line", "polyline",
			"polygon", "path", "circle", "ellipse", "text", "tspan");

	private static final Set<String> ATTRIBUTES = Set.of("xmlns", "width", "height", "viewBox", "x", "y", "x1", "y1",
			"x2", "y2", "cx", "cy", "r", "rx", "ry", "dx", "dy", "d", "points", "fill", "fill-opacity", "stroke",
			"stroke-width", "stroke-dasharray", "stroke-opacity", "stroke-linecap", "stroke-linejoin", "opacity",
			"transform", "font-family", "font-size", "font-weight", "text-anchor", "dominant-baseline",
			"preserveAspectRatio", "version", "id", "class");

	private SafeSvg() {
	}

	/** Whether the head of a file looks like SVG (an XML declaration or an svg element first). */
	static boolean looksLike(byte[] head) {
		String start = new String(head, 0, Math.min(head.length, 64), java.nio.charset.StandardCharsets.UTF_8)
			.replace("\uFEFF", "")
			.stripLeading();
		return start.startsWith("<svg") || start.startsWith("<?xml");
	}

	/** Whether the whole content is an SVG drawing with nothing active in it. */
	static boolean isSafe(InputStream content) throws IOException {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			Element root = factory.newDocumentBuilder().parse(content).getDocumentElement();
			return "svg".equals(root.getTagName()) && safe(root);
		}
		catch (SAXException | ParserConfigurationException notSvg) {
			return false;
		}
	}

	private static boolean safe(Element element) {
		if (!ELEMENTS.contains(element.getTagName())) {
			return false;
		}
		NamedNodeMap attributes = element.getAttributes();
		for (int i = 0; i < attributes.getLength(); i++) {
			Node attribute = attributes.item(i);
			if (!ATTRIBUTES.contains(attribute.getNodeName()) || attribute.getNodeValue().toLowerCase().contains("url(")) {
				return false;
			}
		}
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			boolean allowed = switch (child.getNodeType()) {
				case Node.ELEMENT_NODE -> safe((Element) child);
				case Node.TEXT_NODE, Node.COMMENT_NODE -> true;
				default -> false;
			};
			if (!allowed) {
				return false;
			}
		}
		return true;
	}

}
