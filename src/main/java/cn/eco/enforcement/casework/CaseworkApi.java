package cn.eco.enforcement.casework;

import java.time.LocalDate;
import java.util.List;

/** What the enforcement loops found, for other modules to show. */
public interface CaseworkApi {

	/** The firm's finished loops since the given day (newest first): when, how, and whether a violation was confirmed. */
	List<InspectionRecord> inspectionsOf(String enterpriseCode, LocalDate since);

	/**
	 * One finished loop at an enterprise as the public may see it: no names, notes or case details.
	 *
	 * @param onSite whether someone went on site (off-site verification otherwise)
	 */
	record InspectionRecord(LocalDate date, boolean onSite, boolean violationFound) {
	}

}
