package cn.eco.enforcement.grid;

/**
 * Whose jurisdiction a request runs under. The identity module implements it from the caller's
 * roles and squadron; controllers of every module ask it before they list or open alarms and
 * enterprise files.
 */
public interface Jurisdictions {

	/** The jurisdiction of the signed-in caller; nobody's grid when no one is signed in. */
	Jurisdiction ofCaller();

}
