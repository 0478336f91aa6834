package cn.eco.enforcement.monitoring.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.eco.enforcement.monitoring.DeviceKind;
import cn.eco.enforcement.monitoring.Facility;
import cn.eco.enforcement.monitoring.FacilityKind;
import cn.eco.enforcement.shared.InvalidInputException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers an enterprise's facilities for electricity monitoring, checked against what is already
 * registered: the logger must be the enterprise's electricity logger, and what a treatment facility
 * serves must be the enterprise's production facilities.
 */
@Component
class FacilityRegistration {

	private final Facilities facilities;

	private final Devices devices;

	private final Clock clock;

	FacilityRegistration(Facilities facilities, Devices devices, Clock clock) {
		this.facilities = facilities;
		this.devices = devices;
		this.clock = clock;
	}

	@Transactional
	Facility register(String enterpriseCode, Facility facility) {
		Devices.Device logger = devices.find(facility.mn())
			.filter(d -> enterpriseCode.equals(d.enterpriseCode()))
			.orElseThrow(() -> new InvalidInputException("mn", "不是本企业已登记的设备：" + facility.mn()));
		if (logger.kind() != DeviceKind.ELECTRICITY) {
			throw new InvalidInputException("mn", "设备 " + facility.mn() + " 不是用电监控设备（ELECTRICITY）");
		}
		Map<String, Facility> registered = facilities.of(enterpriseCode).stream()
			.collect(Collectors.toMap(Facility::code, Function.identity()));
		registered.values().stream()
			.filter(other -> !other.code().equals(facility.code()) && other.mn().equals(facility.mn())
					&& other.factorCode().equals(facility.factorCode()))
			.findFirst()
			.ifPresent(other -> {
				throw new InvalidInputException("factorCode",
						"设备 " + facility.mn() + " 的因子 " + facility.factorCode() + " 已用于设施 " + other.code());
			});
		for (String production : facility.treats()) {
			Facility served = registered.get(production);
			if (served == null || served.kind() != FacilityKind.PRODUCTION || production.equals(facility.code())) {
				throw new InvalidInputException("treats", "不是本企业已登记的生产设施：" + production);
			}
		}
		if (facility.kind() == FacilityKind.TREATMENT && registered.values().stream()
			.anyMatch(other -> other.treats().contains(facility.code()))) {
			throw new InvalidInputException("kind", "设施 " + facility.code() + " 由治污设施服务，不能改为治污设施");
		}
		facilities.upsert(enterpriseCode, facility, OffsetDateTime.now(clock));
		return facilities.of(enterpriseCode).stream()
			.filter(f -> f.code().equals(facility.code()))
			.findFirst()
			.orElseThrow();
	}

	List<Facility> of(String enterpriseCode) {
		return facilities.of(enterpriseCode);
	}

}
