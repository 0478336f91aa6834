package cn.eco.enforcement.maintenance.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import cn.eco.enforcement.assessment.EffectiveRateBelowThreshold;
import cn.eco.enforcement.maintenance.FindingClass;
import cn.eco.enforcement.maintenance.internal.OmContracts.ContractDevice;
import cn.eco.enforcement.monitoring.DeviceView;
import cn.eco.enforcement.monitoring.MonitoringApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A device whose data-transmission effective rate of a closed month fell under the threshold gets a
 * 数据异常 finding for the O&M company of its contract, once per device and month, tracked to closure
 * like an inspection's findings (the firm, or for a station its squadron, rectifies; the company
 * verifies). A device under no contract has no company to tell and gets none.
 */
@Component
class LowTransmissionFindings {

	static final String ITEM = "数据传输有效率";

	private static final Logger log = LoggerFactory.getLogger(LowTransmissionFindings.class);

	private final OmContracts contracts;

	private final OmSubjects subjects;

	private final OmFindings findings;

	private final MonitoringApi monitoring;

	private final Clock clock;

	LowTransmissionFindings(OmContracts contracts, OmSubjects subjects, OmFindings findings, MonitoringApi monitoring,
			Clock clock) {
		this.contracts = contracts;
		this.subjects = subjects;
		this.findings = findings;
		this.monitoring = monitoring;
		this.clock = clock;
	}

	@EventListener
	void open(EffectiveRateBelowThreshold shortfall) {
		Optional<ContractDevice> contract = contracts.contractOf(shortfall.mn(), LocalDate.now(clock));
		Optional<DeviceView> device = monitoring.device(shortfall.mn());
		if (contract.isEmpty() || device.isEmpty()) {
			log.info("No O&M contract covers {}: no finding for its effective rate of {}", shortfall.mn(), shortfall.month());
			return;
		}
		String note = "%s 数据传输有效率 %s%%，低于 %s%%（应收小时数据 %d 个，有效 %d 个）".formatted(shortfall.month(),
				shortfall.effectiveRate(), shortfall.threshold(), shortfall.expectedHours(), shortfall.validHours());
		findings.openForTransmission(subjects.of(device.get()), contract.get().companyGroup(),
				new OmFindings.Failed(ITEM, FindingClass.DATA_ANOMALY, note), shortfall.month())
			.ifPresent(id -> log.info("O&M finding #{}: {} {}", id, shortfall.mn(), note));
	}

}
