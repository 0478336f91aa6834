package cn.eco.enforcement.grid;

/** An enforcement squadron (中队), the unit that owns a group of townships. */
public record Squadron(String code, String name, String brigadeCode) {

	/** The Camunda group whose members are the squadron's inspectors and its leader. */
	public String groupId() {
		return groupIdOf(code);
	}

	/** The Camunda group id for the squadron with the given code. */
	public static String groupIdOf(String squadronCode) {
		return "squadron-" + squadronCode;
	}

}
