package cn.eco.enforcement.enterprise;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reads and records facts about regulated enterprises. */
public interface EnterpriseApi {

	/** The enterprise with this code, as of today. */
	Optional<EnterpriseProfile> find(String code);

	/** Every enterprise, ordered by code. */
	List<EnterpriseProfile> list();

	/** Records a violation confirmed by a reviewed enforcement loop. */
	void recordConfirmedViolation(String enterpriseCode, LocalDate confirmedOn, String description, Long alarmId);

	/** The dates of the firm's confirmed violations since the given day, oldest first. */
	List<LocalDate> violationDates(String enterpriseCode, LocalDate since);

	/** The firm's public QR token, created on first use. */
	String qrToken(String enterpriseCode);

	/** Revokes the firm's QR token (a lost or misused label) and returns its new one. */
	String renewQrToken(String enterpriseCode);

	/** The firm a live (not revoked) QR token belongs to. */
	Optional<EnterpriseProfile> findByQrToken(String token);

}
