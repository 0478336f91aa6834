package cn.eco.enforcement.assessment.randominspection;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import cn.eco.enforcement.assessment.randominspection.DrawInput.Drawn;
import cn.eco.enforcement.enterprise.EnterpriseApi;
import cn.eco.enforcement.enterprise.EnterpriseProfile;
import cn.eco.enforcement.grid.GridApi;
import cn.eco.enforcement.grid.StaffMember;
import org.camunda.bpm.engine.RuntimeService;

import org.springframework.stereotype.Component;

/** Starts {@code random-inspection} for one drawn enterprise, offered to the two drawn officers. */
@Component
class RandomInspectionStarter {

	static final String PROCESS_KEY = "random-inspection";

	private final RuntimeService runtime;

	private final EnterpriseApi enterprises;

	private final GridApi grid;

	RandomInspectionStarter(RuntimeService runtime, EnterpriseApi enterprises, GridApi grid) {
		this.runtime = runtime;
		this.enterprises = enterprises;
		this.grid = grid;
	}

	/** The process instance id; the business key is {@code RANDOM-<inspection id>}. */
	String start(long inspectionId, YearMonth month, Drawn drawn, ZoneId zone) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("randomInspectionId", inspectionId);
		variables.put("drawMonth", month.toString());
		variables.put("enterpriseCode", drawn.enterpriseCode());
		variables.put("enterpriseName", enterprises.find(drawn.enterpriseCode()).map(EnterpriseProfile::name)
			.orElse(drawn.enterpriseCode()));
		variables.put("poolLabel", drawn.pool().label() + (drawn.positiveList() ? "（正面清单）" : ""));
		variables.put("inspectorA", drawn.inspectorA());
		variables.put("inspectorB", drawn.inspectorB());
		variables.put("inspectorNames", name(drawn.inspectorA()) + "、" + name(drawn.inspectorB()));
		variables.put("inspectionDueDate", Date.from(month.plusMonths(1).atDay(1).atStartOfDay(zone).minusSeconds(1).toInstant()));
		return runtime.startProcessInstanceByKey(PROCESS_KEY, "RANDOM-" + inspectionId, variables).getId();
	}

	private String name(String userId) {
		return grid.findStaff(userId).map(StaffMember::name).orElse(userId);
	}

}
