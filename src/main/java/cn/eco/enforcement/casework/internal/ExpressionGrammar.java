package cn.eco.enforcement.casework.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The small expression language a deployed process may use inside {@code ${…}} and {@code #{…}}:
 * variable names, literals, comparisons, arithmetic, boolean logic and the conditional operator;
 * the engine's functions {@code now()}, {@code dateTime()}, {@code currentUser()} and
 * {@code currentUserGroups()}; and {@code bean.method(args)} only for the methods named in the
 * allow-list. Everything else JUEL would evaluate (property and index access on any object,
 * method calls on literals or variables, namespaced functions) is refused, because through it an
 * expression reaches {@code ''.getClass().forName(…)} or any Spring bean of the application.
 */
final class ExpressionGrammar {

	private static final Set<String> FUNCTIONS = Set.of("now", "dateTime", "currentUser", "currentUserGroups");

	private static final Set<String> WORD_OPERATORS = Set.of("and", "or", "eq", "ne", "lt", "gt", "le", "ge", "div",
			"mod");

	private static final Set<String> SYMBOL_OPERATORS = Set.of("==", "!=", "<", ">", "<=", ">=", "&&", "||", "+", "-",
			"*", "/", "%");

	private final Set<String> allowedMethods;

	/** @param allowedMethods {@code bean.method} names an expression may call */
	ExpressionGrammar(Set<String> allowedMethods) {
		this.allowedMethods = Set.copyOf(allowedMethods);
	}

	/**
	 * Checks every {@code ${…}} and {@code #{…}} in a text (an attribute value or element text).
	 * @return {@code null} when the text is allowed, else the reason in Chinese
	 */
	String refusalOf(String text) {
		int from = 0;
		while (true) {
			int start = nextExpressionStart(text, from);
			if (start < 0) {
				return null;
			}
			int end = closingBrace(text, start + 2);
			if (end < 0) {
				return "表达式没有结束的 }：" + abbreviate(text.substring(start));
			}
			String expression = text.substring(start + 2, end);
			try {
				new Parser(tokenize(expression)).parseWhole();
			}
			catch (Refused refused) {
				return refused.getMessage() + "：" + abbreviate(text.substring(start, end + 1));
			}
			from = end + 1;
		}
	}

	private static int nextExpressionStart(String text, int from) {
		int dollar = text.indexOf("${", from);
		int hash = text.indexOf("#{", from);
		if (dollar < 0) {
			return hash;
		}
		return hash < 0 ? dollar : Math.min(dollar, hash);
	}

	/** The '}' that closes the expression, skipping string literals. */
	private static int closingBrace(String text, int from) {
		char quote = 0;
		for (int i = from; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quote != 0) {
				if (c == '\\') {
					i++;
				}
				else if (c == quote) {
					quote = 0;
				}
			}
			else if (c == '\'' || c == '"') {
				quote = c;
			}
			else if (c == '}') {
				return i;
			}
		}
		return -1;
	}

	private static String abbreviate(String text) {
		return text.length() <= 80 ? text : text.substring(0, 77) + "…";
	}

	private record Token(Kind kind, String text) {
	}

	private enum Kind {

		IDENT, NUMBER, STRING, SYMBOL, END

	}

	private static List<Token> tokenize(String expression) {
		List<Token> tokens = new ArrayList<>();
		int i = 0;
		while (i < expression.length()) {
			char c = expression.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
			}
			else if (Character.isJavaIdentifierStart(c)) {
				int start = i;
				while (i < expression.length() && Character.isJavaIdentifierPart(expression.charAt(i))) {
					i++;
				}
				tokens.add(new Token(Kind.IDENT, expression.substring(start, i)));
			}
			else if (Character.isDigit(c)) {
				int start = i;
				while (i < expression.length()
						&& (Character.isDigit(expression.charAt(i)) || expression.charAt(i) == '.')) {
					i++;
				}
				tokens.add(new Token(Kind.NUMBER, expression.substring(start, i)));
			}
			else if (c == '\'' || c == '"') {
				int end = i + 1;
				while (end < expression.length() && expression.charAt(end) != c) {
					end += expression.charAt(end) == '\\' ? 2 : 1;
				}
				if (end >= expression.length()) {
					throw new Refused("字符串没有结束");
				}
				tokens.add(new Token(Kind.STRING, expression.substring(i, end + 1)));
				i = end + 1;
			}
			else {
				String two = i + 1 < expression.length() ? expression.substring(i, i + 2) : "";
				String symbol = SYMBOL_OPERATORS.contains(two) ? two : String.valueOf(c);
				tokens.add(new Token(Kind.SYMBOL, symbol));
				i += symbol.length();
			}
		}
		tokens.add(new Token(Kind.END, ""));
		return tokens;
	}

	private static final class Refused extends RuntimeException {

		Refused(String reason) {
			super(reason, null, false, false);
		}

	}

	/** Recursive descent over: conditional, binary operators, unary operators, primaries. */
	private final class Parser {

		private final List<Token> tokens;

		private int position;

		Parser(List<Token> tokens) {
			this.tokens = tokens;
		}

		void parseWhole() {
			if (peek().kind() == Kind.END) {
				throw new Refused("空表达式");
			}
			conditional();
			if (peek().kind() != Kind.END) {
				throw new Refused("不允许的写法 “" + peek().text() + "”");
			}
		}

		private void conditional() {
			binary();
			if (accept("?")) {
				conditional();
				expect(":");
				conditional();
			}
		}

		private void binary() {
			unary();
			while (isBinaryOperator(peek())) {
				position++;
				unary();
			}
		}

		private boolean isBinaryOperator(Token token) {
			return token.kind() == Kind.SYMBOL && SYMBOL_OPERATORS.contains(token.text())
					|| token.kind() == Kind.IDENT && WORD_OPERATORS.contains(token.text());
		}

		private void unary() {
			Token token = peek();
			if (token.kind() == Kind.SYMBOL && (token.text().equals("!") || token.text().equals("-"))
					|| token.kind() == Kind.IDENT && (token.text().equals("not") || token.text().equals("empty"))) {
				position++;
				unary();
				return;
			}
			primary();
		}

		private void primary() {
			Token token = next();
			switch (token.kind()) {
				case NUMBER, STRING -> refuseMemberAccess("字面量");
				case IDENT -> identifier(token.text());
				case SYMBOL -> {
					if (!token.text().equals("(")) {
						throw new Refused("不允许的写法 “" + token.text() + "”");
					}
					conditional();
					expect(")");
					refuseMemberAccess("括号表达式");
				}
				case END -> throw new Refused("表达式不完整");
			}
		}

		private void identifier(String name) {
			if (accept("(")) {
				if (!FUNCTIONS.contains(name)) {
					throw new Refused("不允许调用函数 " + name + "()");
				}
				expect(")");
			}
			else if (peek().text().equals(".")) {
				position++;
				Token member = next();
				String method = name + "." + member.text();
				if (member.kind() != Kind.IDENT || !peek().text().equals("(")) {
					throw new Refused("不允许访问属性 " + method);
				}
				if (!allowedMethods.contains(method)) {
					throw new Refused("不允许调用方法 " + method + "()，只可调用已登记的流程方法");
				}
				position++;
				arguments();
			}
			else if (peek().text().equals(":")) {
				// a namespaced function (fn:…) looks like the ':' of a conditional only when followed by '('
				if (tokens.get(position + 1).kind() == Kind.IDENT && tokens.get(position + 2).text().equals("(")) {
					throw new Refused("不允许调用函数 " + name + ":" + tokens.get(position + 1).text() + "()");
				}
			}
			refuseMemberAccess(name);
		}

		private void arguments() {
			if (accept(")")) {
				return;
			}
			do {
				conditional();
			}
			while (accept(","));
			expect(")");
		}

		private void refuseMemberAccess(String of) {
			if (peek().text().equals(".") || peek().text().equals("[") || peek().text().equals("(")) {
				throw new Refused("不允许在 " + of + " 上访问属性或调用方法");
			}
		}

		private Token peek() {
			return tokens.get(position);
		}

		private Token next() {
			Token token = tokens.get(position);
			if (token.kind() != Kind.END) {
				position++;
			}
			return token;
		}

		private boolean accept(String symbol) {
			if (peek().kind() == Kind.SYMBOL && peek().text().equals(symbol)) {
				position++;
				return true;
			}
			return false;
		}

		private void expect(String symbol) {
			if (!accept(symbol)) {
				throw new Refused("此处应为 “" + symbol + "”");
			}
		}

	}

}
