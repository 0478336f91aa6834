package cn.eco.enforcement.enterprise;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reads and records facts about regulated enterprises. */
public interface EnterpriseApi {

	/** The Camunda group of a firm's own accounts (they see only tasks offered to it). */
	static String accountGroupOf(String enterpriseCode) {
		return "enterprise-" + enterpriseCode;
	}

	/** The enterprise with this code, as of today. */
	Optional<EnterpriseProfile> find(String code);

	/** The enterprise with this code when its township lies in the jurisdiction. */
	default Optional<EnterpriseProfile> find(String code, cn.eco.enforcement.grid.Jurisdiction scope) {
		return find(code).filter(e -> scope.covers(e.squadronCode()));
	}

	/** Every enterprise, ordered by code. */
	List<EnterpriseProfile> list();

	/** The enterprises whose townships lie in the jurisdiction, ordered by code. */
	default List<EnterpriseProfile> list(cn.eco.enforcement.grid.Jurisdiction scope) {
		return list().stream().filter(e -> scope.covers(e.squadronCode())).toList();
	}

	/**
	 * What is wrong with the given enterprises, keyed by their row number (fields are prefixed
	 * {@code rows[n].} when there is more than one row); empty when all can be saved.
	 */
	List<cn.eco.enforcement.shared.InvalidInputException.FieldProblem> problems(
			java.util.Map<Integer, EnterpriseData> rows);

	/**
	 * Creates or updates enterprises, all or none.
	 * @throws cn.eco.enforcement.shared.InvalidInputException with {@link #problems} when any row is
	 * invalid; nothing is saved then
	 */
	ImportResult save(java.util.Map<Integer, EnterpriseData> rows);

	/** Records a violation confirmed by a reviewed loop or a penalty decision, once per alarm. */
	void recordConfirmedViolation(String enterpriseCode, LocalDate confirmedOn, String description, Long alarmId);

	/** The dates of the firm's confirmed violations since the given day, oldest first. */
	List<LocalDate> violationDates(String enterpriseCode, LocalDate since);

	/** Takes the firm off its current positive list, recording when and why. */
	void removeFromPositiveList(String enterpriseCode, LocalDate on, String reason);

	/** The firm's positive-list memberships, newest first, with removal dates and reasons. */
	List<PositiveListEntry> positiveListHistory(String enterpriseCode);

	/**
	 * Puts the listed firms on the positive list of a year (valid for the whole year), all or none.
	 * @throws cn.eco.enforcement.shared.InvalidInputException naming each unknown code
	 */
	int importPositiveList(int year, List<String> enterpriseCodes);

	/** The firm's public QR token, created on first use. */
	String qrToken(String enterpriseCode);

	/** Revokes the firm's QR token (a lost or misused label) and returns its new one. */
	String renewQrToken(String enterpriseCode);

	/** The firm a live (not revoked) QR token belongs to. */
	Optional<EnterpriseProfile> findByQrToken(String token);

}
