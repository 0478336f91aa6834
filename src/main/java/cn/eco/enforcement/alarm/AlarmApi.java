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
	IntakeResult raise(RaiseAlarm command);

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
