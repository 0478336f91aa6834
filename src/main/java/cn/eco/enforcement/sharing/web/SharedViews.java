package cn.eco.enforcement.sharing.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import cn.eco.enforcement.casework.CaseworkApi.PenaltyDecisionNotice;
import cn.eco.enforcement.enterprise.EnterpriseProfile;
import cn.eco.enforcement.monitoring.DeviceKind;
import cn.eco.enforcement.monitoring.DeviceView;
import cn.eco.enforcement.monitoring.Period;
import cn.eco.enforcement.monitoring.ReadingView;

/**
 * What other departments receive: facts that are public anyway, and no person — no inspector, no
 * complainant, no contact, no evidence. Each record names every field it carries, so a field added to
 * a module's own view does not leak here by accident.
 */
final class SharedViews {

	private SharedViews() {
	}

	/** An enterprise's registry facts (企业名录): who, where, what kind; not who supervises it. */
	record SharedEnterprise(String code, String name, String creditCode, String permitNumber, String category,
			String industry, String townshipCode, String address, Double latitude, Double longitude,
			boolean positiveList) {

		static SharedEnterprise of(EnterpriseProfile e) {
			return new SharedEnterprise(e.code(), e.name(), e.creditCode(), e.permitNumber(), e.category(), e.industry(),
					e.townshipCode(), e.address(), e.latitude(), e.longitude(), e.positiveList());
		}

	}

	/** A penalty decision once served, as the public page shows it, with the firm it was served on. */
	record SharedPenalty(String enterpriseCode, String enterpriseName, String decisionNumber, LocalDate decidedOn,
			String violatedProvision, String penaltyProvision, BigDecimal fineAmount, boolean correctionOrdered) {

		static SharedPenalty of(EnterpriseProfile e, PenaltyDecisionNotice d) {
			return new SharedPenalty(e.code(), e.name(), d.decisionNumber(), d.decidedOn(), d.violatedProvision(),
					d.penaltyProvision(), d.fineAmount(), d.correctionOrdered());
		}

	}

	/** A monitoring device: what it measures and where; never its password, key or connection. */
	record SharedDevice(String mn, DeviceKind kind, String enterpriseCode, String stationCode, String outlet) {

		static SharedDevice of(DeviceView d) {
			return new SharedDevice(d.mn(), d.kind(), d.enterpriseCode(), d.stationCode(), d.outlet());
		}

	}

	/** One hourly or daily aggregate of one factor, as the device reported it (HJ 212 CN 2061 / 2031). */
	record SharedAggregate(String factorCode, Period period, OffsetDateTime dataTime, BigDecimal avg, BigDecimal min,
			BigDecimal max, BigDecimal zsAvg, BigDecimal cou, String flag) {

		static SharedAggregate of(ReadingView r) {
			return new SharedAggregate(r.factorCode(), r.period(), r.dataTime(), r.avg(), r.min(), r.max(), r.zsAvg(),
					r.cou(), r.flag());
		}

	}

}
