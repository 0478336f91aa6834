package cn.eco.enforcement.supervision;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The configurable deadlines the deadline rules choose from.
 *
 * @param strawBurningSignFor time to sign for a straw-burning alarm in the burning season
 * @param strawBurningReachSite time from dispatch to being on site at a fire in the burning season
 * (handling starts there)
 * @param burningSeasons the burning seasons (秸秆禁烧期), each within one calendar year
 */
public record DeadlinePolicy(Duration signFor, Duration handling, Duration escalatedSignFor,
		Duration escalatedHandling, Duration strawBurningSignFor, Duration strawBurningReachSite,
		List<BurningSeason> burningSeasons) {

	public DeadlinePolicy {
		burningSeasons = List.copyOf(burningSeasons);
	}

	/**
	 * A burning season from one day to another, both included, as month × 100 + day. A rule fact.
	 */
	public record BurningSeason(int fromMonthDay, int toMonthDay, String name) {
	}

	/**
	 * Seasons written {@code MM-DD/MM-DD}, comma separated, e.g. {@code 05-15/06-30,09-15/11-30}; a
	 * season over the new year ({@code 12-01/02-28}) is split in two.
	 * @throws IllegalArgumentException naming the bad season
	 */
	public static List<BurningSeason> parseSeasons(String text) {
		List<BurningSeason> seasons = new ArrayList<>();
		for (String part : text.split(",")) {
			String season = part.strip();
			if (season.isEmpty()) {
				continue;
			}
			String[] ends = season.split("/");
			if (ends.length != 2) {
				throw new IllegalArgumentException("禁烧期格式应为 MM-DD/MM-DD：" + season);
			}
			int from = monthDay(ends[0], season);
			int to = monthDay(ends[1], season);
			String name = String.format("%d月%d日至%d月%d日", from / 100, from % 100, to / 100, to % 100);
			if (from <= to) {
				seasons.add(new BurningSeason(from, to, name));
			}
			else {
				seasons.add(new BurningSeason(from, 1231, name));
				seasons.add(new BurningSeason(101, to, name));
			}
		}
		return seasons;
	}

	private static int monthDay(String text, String season) {
		try {
			java.time.MonthDay day = java.time.MonthDay.parse("--" + text.strip());
			return day.getMonthValue() * 100 + day.getDayOfMonth();
		}
		catch (java.time.format.DateTimeParseException bad) {
			throw new IllegalArgumentException("禁烧期日期无效：" + season, bad);
		}
	}

	/** A duration as people read it: 2 小时, 30 分钟, 3 天, 1 小时 30 分钟. */
	public static String chinese(Duration d) {
		long minutes = d.toMinutes();
		if (minutes % (24 * 60) == 0) {
			return minutes / (24 * 60) + " 天";
		}
		if (minutes % 60 == 0) {
			return minutes / 60 + " 小时";
		}
		return minutes < 60 ? minutes + " 分钟" : minutes / 60 + " 小时 " + minutes % 60 + " 分钟";
	}

}
