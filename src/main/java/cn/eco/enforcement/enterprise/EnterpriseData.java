package cn.eco.enforcement.enterprise;

import java.util.List;

/** The registry facts of an enterprise as a supervisor enters them (form, API or CSV row). */
public record EnterpriseData(String code, String name, String creditCode, String address, Double longitude,
		Double latitude, String townshipCode, String industry, String category, List<String> characteristicPollutants,
		String responsibleInspector, String deputyInspector, String permitNumber) {
}
