package cn.eco.enforcement.casework.internal;

/** Task names as {@link TaskCaptions} writes them: {@code 活动｜企业或站点｜事项｜编号}. */
public final class TaskNames {

	public static final String SEPARATOR = "｜";

	private TaskNames() {
	}

	/** The activity a task name starts with ("立案审批"), for lists that already name the case or firm. */
	public static String activity(String taskName) {
		if (taskName == null) {
			return null;
		}
		int captioned = taskName.indexOf(SEPARATOR);
		return captioned < 0 ? taskName : taskName.substring(0, captioned);
	}

}
