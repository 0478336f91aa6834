package cn.eco.enforcement.casework.internal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.eco.enforcement.grid.GridApi;
import cn.eco.enforcement.grid.Squadron;
import cn.eco.enforcement.grid.StaffMember;

/**
 * The 承办人 of filing approval: offered grouped by squadron (the lead inspector's squadron first,
 * each label led by its squadron's name), and pre-filled with the inspectors who handled the loop —
 * the lead inspector and the companion he recorded on site, when that names a certified officer.
 */
final class FilingOfficers {

	private static final String NO_SQUADRON = "局机关";

	private final GridApi grid;

	FilingOfficers(GridApi grid) {
		this.grid = grid;
	}

	/** Certified, available officers as Camunda Forms select options ({@code [{label, value}]}). */
	List<Map<String, String>> options(String leadInspector) {
		Map<String, String> squadronNames = grid.squadrons().stream()
			.collect(Collectors.toMap(Squadron::code, Squadron::name, (a, b) -> a, LinkedHashMap::new));
		String leadSquadron = grid.findStaff(leadInspector == null ? "" : leadInspector).map(StaffMember::orgUnitCode).orElse(null);
		Function<StaffMember, String> group = s -> squadronNames.getOrDefault(s.orgUnitCode(), NO_SQUADRON);
		return grid.allStaff().stream()
			.filter(s -> s.certified() && s.available())
			.sorted(Comparator.<StaffMember, Boolean>comparing(s -> !Objects.equals(s.orgUnitCode(), leadSquadron))
				.thenComparing(s -> !squadronNames.containsKey(s.orgUnitCode()))
				.thenComparing(s -> String.valueOf(s.orgUnitCode()))
				.thenComparing(StaffMember::userId))
			.map(s -> Map.of("label", group.apply(s) + "｜" + s.name() + "（" + s.userId() + "）", "value", s.userId()))
			.toList();
	}

	/** The lead inspector, when he may investigate. */
	Optional<String> first(String leadInspector) {
		return grid.findStaff(leadInspector == null ? "" : leadInspector).filter(FilingOfficers::mayInvestigate)
			.map(StaffMember::userId);
	}

	/**
	 * The companion recorded on site (free text: a user id, a name or a certificate number), when it
	 * names one certified officer other than the lead inspector.
	 */
	Optional<String> second(String companion, String leadInspector) {
		if (companion == null || companion.isBlank()) {
			return Optional.empty();
		}
		String text = companion.strip();
		List<StaffMember> named = grid.allStaff().stream()
			.filter(FilingOfficers::mayInvestigate)
			.filter(s -> !s.userId().equals(leadInspector))
			.filter(s -> s.userId().equals(text) || text.contains(s.certificateNo()) || text.contains(s.name()))
			.toList();
		return named.size() == 1 ? Optional.of(named.get(0).userId()) : Optional.empty();
	}

	private static boolean mayInvestigate(StaffMember s) {
		return s.certified() && s.available();
	}

}
