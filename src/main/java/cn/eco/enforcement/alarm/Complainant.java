package cn.eco.enforcement.alarm;

/**
 * Who filed a complaint, kept private: the alarm shows it only to the squadron that handles it,
 * never on the public page. An anonymous complaint keeps no name and no phone number; an e-mail
 * address, if given, is used only to tell the complainant the outcome when the loop closes.
 */
public record Complainant(boolean anonymous, String name, String phone, String email) {

	/** Someone who gave no contact at all. */
	public static Complainant anonymousOne() {
		return new Complainant(true, null, null, null);
	}

}
