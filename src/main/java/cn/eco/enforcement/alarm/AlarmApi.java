package cn.eco.enforcement.alarm;

import java.util.List;
import java.util.Optional;

/** Raises alarms and tracks their way through the enforcement loop. */
public interface AlarmApi {

	/**
	 * Stores a new alarm and starts its loop, or returns the alarm already stored under the same
	 * external id (also when the same alarm arrives concurrently).
	 * @throws cn.eco.enforcement.shared.InvalidInputException if the enterprise or station does not exist
	 */
	default IntakeResult raise(RaiseAlarm command) {
		return raise(command, List.of(), null);
	}

	/**
	 * Stores a new alarm with its attachments as evidence (photos, a video), all or none, and starts
	 * its loop. A place-based alarm goes to the squadron of the township whose boundary holds the
	 * place, with the firms within {@code app.alarms.nearby-radius} as suspected sources.
	 * @param raisedBy the account that raised it (recorded as the attachments' uploader)
	 * @throws cn.eco.enforcement.shared.InvalidInputException if the enterprise or station does not
	 * exist, the place lies in no township of the grid, or an attachment is not a photo, video or PDF
	 */
	IntakeResult raise(RaiseAlarm command, List<cn.eco.enforcement.evidence.EvidenceApi.Upload> attachments,
			String raisedBy);

	/** The complainant of a complaint, with the private contact: for the handling squadron only. */
	Optional<Complainant> complainantOf(long alarmId);

	/** The alarm with this id. */
	Optional<AlarmView> find(long id);

	/**
	 * The alarm with this id when it lies in the jurisdiction: its enterprise or station is in a
	 * covered squadron's grid, or it was dispatched to a covered squadron (as {@link #search} lists).
	 */
	Optional<AlarmView> find(long id, cn.eco.enforcement.grid.Jurisdiction scope);

	/** Alarms matching the query, newest observation first. */
	List<AlarmView> search(AlarmQuery query);

	/** Links the alarm to the process instance that runs its loop. */
	void attachProcess(long alarmId, String processInstanceId);

	/** Records the supervision decision and who the alarm went to. */
	void recordDispatch(long alarmId, String supervisionMode, String assignee, String squadronCode, String note);

	/** Moves the alarm to the given stage and logs the step. */
	void recordProgress(long alarmId, AlarmStatus stage, String actor, String note);

}
