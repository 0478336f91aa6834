package cn.eco.enforcement.enterprise.web;

import java.util.List;

import cn.eco.enforcement.enterprise.EnterpriseApi;
import cn.eco.enforcement.enterprise.EnterpriseProfile;
import cn.eco.enforcement.grid.Jurisdictions;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/enterprises")
class EnterpriseController {

	private final EnterpriseApi enterprises;

	private final Jurisdictions jurisdictions;

	EnterpriseController(EnterpriseApi enterprises, Jurisdictions jurisdictions) {
		this.enterprises = enterprises;
		this.jurisdictions = jurisdictions;
	}

	/** The firms in the caller's grid: those whose files he may open. */
	@GetMapping
	List<EnterpriseRow> list() {
		return enterprises.list(jurisdictions.ofCaller()).stream().map(EnterpriseRow::of).toList();
	}

	/** The listing row: the registry facts an inspector needs at a glance. */
	record EnterpriseRow(String code, String name, String creditCode, String category, String industry,
			String township, String squadron, boolean positiveList, int confirmedViolations12m,
			String responsibleInspector, String deputyInspector) {

		static EnterpriseRow of(EnterpriseProfile e) {
			return new EnterpriseRow(e.code(), e.name(), e.creditCode(), e.category(), e.industry(),
					e.townshipCode(), e.squadronCode(), e.positiveList(), e.confirmedViolations12m(),
					e.responsibleInspector(), e.deputyInspector());
		}

	}

}
