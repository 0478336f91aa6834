package cn.eco.enforcement.system;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import cn.eco.enforcement.system.DataLogger.Upload;
import cn.eco.enforcement.system.StoredData.StoredAlarm;

/** The application's promises checked against its database; each method lists what was broken. */
final class Promises {

	private Promises() {
	}

	/** Each alarm is stored exactly once and has exactly one enforcement-loop process, the one it names. */
	static List<String> alarmsStoredOnce(Map<String, List<StoredAlarm>> stored, Collection<String> externalIds) {
		List<String> broken = new ArrayList<>();
		for (String externalId : externalIds) {
			List<StoredAlarm> rows = stored.getOrDefault(externalId, List.of());
			if (rows.size() != 1) {
				broken.add("alarm " + externalId + " stored " + rows.size() + " times");
			}
			else if (rows.get(0).loops() != 1 || !rows.get(0).loopAttached()) {
				broken.add("alarm " + externalId + " has " + rows.get(0).loops() + " enforcement-loop processes (attached: "
						+ rows.get(0).processInstanceId() + ")");
			}
		}
		return broken;
	}

	/** Each upload's readings are stored, one row per factor. */
	static List<String> uploadsStoredOnce(Map<String, Integer> readings, Collection<Upload> uploads) {
		List<String> broken = new ArrayList<>();
		for (Upload upload : uploads) {
			int rows = readings.getOrDefault(StoredData.key(upload.mn(), upload.dataTime()), 0);
			if (rows != DataLogger.FACTORS) {
				broken.add("upload " + upload.mn() + " " + upload.dataTime() + ": " + rows + " of " + DataLogger.FACTORS
						+ " readings stored");
			}
		}
		return broken;
	}

	static long storedAlarms(Map<String, List<StoredAlarm>> stored, Collection<String> externalIds) {
		return externalIds.stream().filter(stored::containsKey).count();
	}

	static long storedUploads(Map<String, Integer> readings, Collection<Upload> uploads) {
		return uploads.stream().filter(u -> readings.containsKey(StoredData.key(u.mn(), u.dataTime()))).count();
	}

}
