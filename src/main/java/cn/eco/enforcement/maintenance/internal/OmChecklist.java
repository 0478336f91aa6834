package cn.eco.enforcement.maintenance.internal;

import java.util.List;
import java.util.Optional;

import cn.eco.enforcement.monitoring.DeviceKind;

/**
 * The checklist of an O&M inspection: the same six items for every kind of monitoring system, each
 * answered in the Camunda Form of its kind with {@code <key>Result} (PASS or FAIL), {@code <key>Note}
 * and, when failed, {@code <key>Class} (a {@link cn.eco.enforcement.maintenance.FindingClass}).
 */
final class OmChecklist {

	record Item(String key, String label) {
	}

	static final List<Item> ITEMS = List.of(new Item("probe", "采样探头及伴热管线"), new Item("calibration", "校准及校验记录"),
			new Item("parameters", "数采仪参数与登记一致"), new Item("operationLog", "运维记录"), new Item("dataFlags", "数据标记"),
			new Item("photos", "现场照片"));

	private OmChecklist() {
	}

	/** The form id for a kind of device; empty for kinds no checklist covers (catering fume, electricity, production conditions). */
	static Optional<String> formOf(DeviceKind kind) {
		return Optional.ofNullable(switch (kind) {
			case FLUE_GAS -> "om-checklist-flue-gas";
			case WASTEWATER -> "om-checklist-wastewater";
			case VOCS_FENCELINE -> "om-checklist-vocs";
			case AMBIENT_AIR, SURFACE_WATER -> "om-checklist-ambient";
			case CATERING_FUME, ELECTRICITY, PRODUCTION_CONDITION -> null;
		});
	}

	static String kindLabel(DeviceKind kind) {
		return switch (kind) {
			case FLUE_GAS -> "烟气自动监测系统（CEMS）";
			case WASTEWATER -> "废水自动监测系统";
			case VOCS_FENCELINE -> "VOCs 自动监测系统";
			case AMBIENT_AIR -> "环境空气自动监测站";
			case SURFACE_WATER -> "地表水自动监测站";
			case CATERING_FUME -> "餐饮油烟监测";
			case ELECTRICITY -> "用电监控";
			case PRODUCTION_CONDITION -> "生产工况监控";
		};
	}

}
