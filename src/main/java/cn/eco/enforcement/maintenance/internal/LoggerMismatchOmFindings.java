package cn.eco.enforcement.maintenance.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import cn.eco.enforcement.maintenance.FindingClass;
import cn.eco.enforcement.maintenance.internal.OmContracts.ContractDevice;
import cn.eco.enforcement.monitoring.DeviceView;
import cn.eco.enforcement.monitoring.LoggerMismatchFindings;
import cn.eco.enforcement.monitoring.LoggerParametersDiffer;
import cn.eco.enforcement.monitoring.MonitoringApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * A logger that reports parameters differing from the registry (CN 3020) gets a 数据异常 finding for the
 * O&amp;M company of its contract, tracked to closure like an inspection's findings. A device under no
 * contract is left to monitoring, which raises an alarm instead.
 */
@Component
class LoggerMismatchOmFindings implements LoggerMismatchFindings {

	static final String ITEM = "数采仪参数不一致";

	private static final Logger log = LoggerFactory.getLogger(LoggerMismatchOmFindings.class);

	private final OmContracts contracts;

	private final OmSubjects subjects;

	private final OmFindings findings;

	private final MonitoringApi monitoring;

	private final Clock clock;

	LoggerMismatchOmFindings(OmContracts contracts, OmSubjects subjects, OmFindings findings, MonitoringApi monitoring,
			Clock clock) {
		this.contracts = contracts;
		this.subjects = subjects;
		this.findings = findings;
		this.monitoring = monitoring;
		this.clock = clock;
	}

	@Override
	public boolean open(LoggerParametersDiffer mismatch) {
		Optional<ContractDevice> contract = contracts.contractOf(mismatch.mn(), LocalDate.now(clock));
		if (contract.isEmpty()) {
			return false;
		}
		Optional<DeviceView> device = monitoring.device(mismatch.mn());
		if (device.isEmpty()) {
			return false;
		}
		long id = findings.openFromMonitoring(subjects.of(device.get()), contract.get().companyGroup(),
				new OmFindings.Failed(ITEM, FindingClass.DATA_ANOMALY, mismatch.detail()));
		log.info("O&M finding #{}: {} {}", id, mismatch.mn(), mismatch.detail());
		return true;
	}

}
