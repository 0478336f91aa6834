package cn.eco.enforcement.maintenance.web;

import java.util.List;

import cn.eco.enforcement.maintenance.internal.OmInspections;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The O&M inspection plans of the devices under contract, and starting one inspection now. */
@RestController
class OmInspectionController {

	private final OmInspections inspections;

	OmInspectionController(OmInspections inspections) {
		this.inspections = inspections;
	}

	@GetMapping("/api/om-inspection/plans")
	List<OmInspections.Plan> plans() {
		return inspections.plans();
	}

	@PostMapping("/api/om-inspection/plans/{mn}/inspections")
	@ResponseStatus(HttpStatus.CREATED)
	OmInspections.Started start(@PathVariable String mn) {
		return inspections.start(mn)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "设备不在有效的第三方巡检合同内：" + mn));
	}

}
