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

}
