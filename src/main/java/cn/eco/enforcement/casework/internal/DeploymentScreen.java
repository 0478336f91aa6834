package cn.eco.enforcement.casework.internal;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Screens every deployment before the engine parses it, whoever deploys: BPMN and DMN files may
 * not run code of their author's choosing. Refused: script tasks, scripts in listeners, input and
 * output mappings or conditions, {@code camunda:class} and other Java class bindings, connectors,
 * and any expression outside {@link ExpressionGrammar}; {@code delegateExpression} must name a
 * registered delegate or listener bean. DMN tables may use FEEL only, without external (Java)
 * functions. A refusal is a {@link ParseException}, which the engine REST API answers with 400 and
 * the element and reason in its details.
 */
class DeploymentScreen implements Deployer {

	private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

	private static final Set<String> SCRIPT_ELEMENTS = Set.of("scriptTask", "script");

	private final ExpressionGrammar grammar;

	private final Supplier<Set<String>> delegateBeans;

	/**
	 * @param allowedMethods {@code bean.method} names expressions may call
	 * @param delegateBeans names of the beans a {@code delegateExpression} may name
	 */
	DeploymentScreen(Set<String> allowedMethods, Supplier<Set<String>> delegateBeans) {
		this.grammar = new ExpressionGrammar(allowedMethods);
		this.delegateBeans = delegateBeans;
	}

	@Override
	public void deploy(DeploymentEntity deployment) {
		if (!deployment.isNew() || deployment.getResources() == null) {
			return;
		}
		for (ResourceEntity resource : deployment.getResources().values()) {
			refuseIfAny(resource.getName(), screen(resource.getName(), resource.getBytes()));
		}
	}

	/**
	 * The refusals in one file, each naming the element; empty when the file is allowed or is no
	 * process or decision model.
	 */
	List<Refusal> screen(String resourceName, byte[] bytes) {
		String name = resourceName.toLowerCase(Locale.ROOT);
		if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
			return screen(bytes, false);
		}
		if (name.endsWith(".dmn") || name.endsWith(".dmn11.xml")) {
			return screen(bytes, true);
		}
		return List.of();
	}

	private List<Refusal> screen(byte[] bytes, boolean decision) {
		Element root;
		try {
			var factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes)).getDocumentElement();
		}
		catch (Exception ex) {
			return List.of(new Refusal(null, "文件不是可读的 XML（" + ex.getMessage() + "）"));
		}
		List<Refusal> refusals = new ArrayList<>();
		visit(root, decision, refusals);
		return refusals;
	}

	private void visit(Element element, boolean decision, List<Refusal> refusals) {
		String elementId = idOf(element);
		String local = element.getLocalName();
		if (!decision && SCRIPT_ELEMENTS.contains(local)) {
			refusals.add(new Refusal(elementId, "不允许脚本（" + element.getTagName() + "）"));
		}
		if (CAMUNDA_NS.equals(element.getNamespaceURI()) && "connector".equals(local)) {
			refusals.add(new Refusal(elementId, "不允许连接器（camunda:connector）"));
		}
		var attributes = element.getAttributes();
		for (int i = 0; i < attributes.getLength(); i++) {
			String reason = refusalOf((Attr) attributes.item(i), decision);
			if (reason != null) {
				refusals.add(new Refusal(elementId, reason));
			}
		}
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element childElement) {
				visit(childElement, decision, refusals);
			}
			else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
				String reason = textRefusal(child.getNodeValue(), decision);
				if (reason != null) {
					refusals.add(new Refusal(elementId, reason));
				}
			}
		}
	}

	private String refusalOf(Attr attribute, boolean decision) {
		String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
		String value = attribute.getValue();
		if (decision) {
			if (name.equals("expressionLanguage") && !value.toLowerCase(Locale.ROOT).contains("feel")) {
				return "决策表只允许 FEEL 表达式，不允许 " + value;
			}
			return textRefusal(value, true);
		}
		if (name.equals("scriptFormat") || name.equals("language")) {
			return "不允许脚本（" + name + "=\"" + value + "\"）";
		}
		boolean camunda = CAMUNDA_NS.equals(attribute.getNamespaceURI());
		if (camunda && (name.equals("class") || name.endsWith("Class") || name.equals("resource"))) {
			return "不允许绑定 Java 类或外部资源（camunda:" + name + "），请使用已登记的 ${bean}";
		}
		if (camunda && name.endsWith("elegateExpression")) {
			return delegateRefusal(value);
		}
		return textRefusal(value, false);
	}

	private String delegateRefusal(String value) {
		String trimmed = value.trim();
		if (trimmed.startsWith("${") && trimmed.endsWith("}")) {
			String bean = trimmed.substring(2, trimmed.length() - 1).trim();
			if (delegateBeans.get().contains(bean)) {
				return null;
			}
		}
		return "delegateExpression 只能是已登记的处理器 ${bean}，不允许 " + value;
	}

	private String textRefusal(String text, boolean decision) {
		if (decision && text.matches("(?s).*\\bexternal\\s*\\{.*")) {
			return "决策表不允许调用外部（Java）函数";
		}
		return grammar.refusalOf(text);
	}

	private static String idOf(Element element) {
		for (Node node = element; node instanceof Element candidate; node = node.getParentNode()) {
			if (candidate.hasAttribute("id")) {
				return candidate.getAttribute("id");
			}
		}
		return null;
	}

	static void refuseIfAny(String resourceName, List<Refusal> refusals) {
		if (refusals.isEmpty()) {
			return;
		}
		String summary = refusals.stream()
			.map(r -> (r.elementId() == null ? "" : r.elementId() + "：") + r.reason())
			.reduce((a, b) -> a + "；" + b)
			.orElseThrow();
		List<Problem> problems = List.copyOf(refusals);
		throw new ParseException("流程文件 " + resourceName + " 未通过安全检查：" + summary, resourceName, problems,
				List.of());
	}

	/** One refused element: the nearest id and the reason in Chinese. */
	record Refusal(String elementId, String reason) implements Problem {

		@Override
		public String getMessage() {
			return reason;
		}

		@Override
		public int getLine() {
			return 0;
		}

		@Override
		public int getColumn() {
			return 0;
		}

		@Override
		public String getMainElementId() {
			return elementId;
		}

		@Override
		public List<String> getElementIds() {
			return elementId == null ? List.of() : List.of(elementId);
		}

	}

}
