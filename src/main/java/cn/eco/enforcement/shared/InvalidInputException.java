package cn.eco.enforcement.shared;

import java.util.List;

/** Request fields whose values are not acceptable; rendered as HTTP 400 naming each field. */
public class InvalidInputException extends RuntimeException {

	private final List<FieldProblem> problems;

	public InvalidInputException(List<FieldProblem> problems) {
		super(problems.toString());
		this.problems = List.copyOf(problems);
	}

	public InvalidInputException(String field, String message) {
		this(List.of(new FieldProblem(field, message)));
	}

	/** What is wrong, field by field. */
	public List<FieldProblem> problems() {
		return problems;
	}

	/** One bad field and what is wrong with it (Chinese, shown to users). */
	public record FieldProblem(String field, String message) {
	}

}
