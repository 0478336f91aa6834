package cn.eco.enforcement.maintenance.internal;

import cn.eco.enforcement.enterprise.EnterpriseApi;
import cn.eco.enforcement.enterprise.EnterpriseProfile;
import cn.eco.enforcement.grid.GridApi;
import cn.eco.enforcement.grid.Squadron;
import cn.eco.enforcement.grid.Station;
import cn.eco.enforcement.monitoring.DeviceView;

import org.springframework.stereotype.Component;

/** Whose monitoring system a device is: the firm (or station), its category and its squadron. */
@Component
class OmSubjects {

	/**
	 * @param category KEY or ORDINARY for a firm, null for a station
	 * @param rectifierGroup who rectifies findings: the firm's accounts, for a station its squadron
	 */
	record Subject(String mn, String enterpriseCode, String stationCode, String name, String category,
			String deviceLabel, String squadronGroup, String rectifierGroup) {
	}

	private final EnterpriseApi enterprises;

	private final GridApi grid;

	OmSubjects(EnterpriseApi enterprises, GridApi grid) {
		this.enterprises = enterprises;
		this.grid = grid;
	}

	Subject of(DeviceView device) {
		String label = OmChecklist.kindLabel(device.kind()) + " " + device.mn()
				+ (device.outlet() == null ? "" : "（" + device.outlet() + "）");
		if (device.enterpriseCode() != null) {
			EnterpriseProfile firm = enterprises.find(device.enterpriseCode()).orElseThrow();
			return new Subject(device.mn(), firm.code(), null, firm.name(), firm.category(), label,
					Squadron.groupIdOf(firm.squadronCode()), EnterpriseApi.accountGroupOf(firm.code()));
		}
		Station station = grid.findStation(device.stationCode()).orElseThrow();
		String squadron = Squadron.groupIdOf(station.squadronCode());
		return new Subject(device.mn(), null, station.code(), station.name(), null, label, squadron, squadron);
	}

}
