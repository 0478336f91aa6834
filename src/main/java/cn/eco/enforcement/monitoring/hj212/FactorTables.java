package cn.eco.enforcement.monitoring.hj212;

import static java.util.Map.entry;

import java.util.Map;

/**
 * The factor code tables of HJ 212-2017 (after HJ 524-2009 air and HJ 525-2009 water) and the 2005
 * codes they replaced, as far as the project's domain reference lists them.
 */
final class FactorTables {

	/** 2005 code to 2017 code. The 2005 code lengths (2 air, 3 water) keep the two sets apart. */
	static final Map<String, String> FROM_2005 = Map.ofEntries(entry("B01", "w00000"), entry("001", "w01001"),
			entry("011", "w01018"), entry("060", "w21003"), entry("101", "w21011"), entry("065", "w21001"),
			entry("003", "w01012"), entry("010", "w01017"), entry("015", "w01020"), entry("080", "w22001"),
			entry("110", "w23002"), entry("070", "w21016"), entry("072", "w21017"), entry("071", "w21019"),
			entry("020", "w20111"), entry("022", "w20115"), entry("023", "w20116"), entry("024", "w20117"),
			entry("026", "w20119"), entry("027", "w20120"), entry("028", "w20121"), entry("029", "w20122"),
			entry("030", "w20123"), entry("B02", "a00000"), entry("01", "a34013"), entry("02", "a21026"),
			entry("03", "a21002"), entry("04", "a21005"), entry("05", "a21028"), entry("10", "a21001"),
			entry("08", "a21024"), entry("06", "a21018"), entry("25", "a24087"), entry("17", "a25003"),
			entry("18", "a25005"), entry("19", "a31001"), entry("30", "a05001"), entry("S01", "a19001"),
			entry("S02", "a01011"), entry("S03", "a01012"), entry("S08", "a01013"), entry("S05", "a01014"),
			entry("S04", "a01017"), entry("S07", "a01016"));

	/** 2017 code to Chinese name. */
	static final Map<String, String> NAMES = Map.ofEntries(entry("w00000", "废水流量"), entry("w01001", "pH值"),
			entry("w01018", "化学需氧量"), entry("w21003", "氨氮"), entry("w21011", "总磷"), entry("w21001", "总氮"),
			entry("w01012", "悬浮物"), entry("w01017", "五日生化需氧量"), entry("w01020", "总有机碳"),
			entry("w01019", "高锰酸盐指数"), entry("w01009", "溶解氧"), entry("w01010", "水温"),
			entry("w01014", "电导率"), entry("w22001", "石油类"), entry("w23002", "挥发酚"), entry("w21016", "氰化物"),
			entry("w21017", "氟化物"), entry("w21019", "硫化物"), entry("w20111", "总汞"), entry("w20115", "总镉"),
			entry("w20116", "总铬"), entry("w20117", "六价铬"), entry("w20119", "总砷"), entry("w20120", "总铅"),
			entry("w20121", "总镍"), entry("w20122", "总铜"), entry("w20123", "总锌"), entry("a00000", "废气流量"),
			entry("a34013", "烟尘"), entry("a21026", "二氧化硫"), entry("a21002", "氮氧化物"),
			entry("a21003", "一氧化氮"), entry("a21004", "二氧化氮"), entry("a21005", "一氧化碳"),
			entry("a21028", "硫化氢"), entry("a21001", "氨"), entry("a21024", "氯化氢"), entry("a21018", "氟化物"),
			entry("a24087", "总烃"), entry("a24088", "非甲烷总烃"), entry("a25002", "苯"), entry("a25003", "甲苯"),
			entry("a25005", "二甲苯"), entry("a31001", "甲醛"), entry("a05001", "二氧化碳"), entry("a05002", "甲烷"),
			entry("a05024", "臭氧"), entry("a19001", "氧含量"), entry("a01011", "烟气流速"),
			entry("a01012", "烟气温度"), entry("a01013", "烟气压力"), entry("a01014", "烟气湿度"),
			entry("a01017", "烟气动压"), entry("a01016", "烟道截面积"), entry("a01001", "气温"),
			entry("a01002", "相对湿度"), entry("a01006", "气压"), entry("a01007", "风速"), entry("a01008", "风向"),
			entry("a34001", "总悬浮颗粒物"), entry("a34002", "PM10"), entry("a34004", "PM2.5"),
			entry("a34005", "PM1.0"));

	private FactorTables() {
	}

}
