package cn.eco.enforcement.monitoring.tracing;

import java.time.Duration;
import java.time.Instant;

/** Scores candidates against one station alarm with the DOMAIN §e.2 first-version model. */
final class CandidateScoring {

	static final double WEIGHT_FINGERPRINT = 0.35;

	static final double WEIGHT_CORRELATION = 0.25;

	static final double WEIGHT_CONCURRENT_ALARM = 0.20;

	static final double WEIGHT_ELECTRICITY = 0.10;

	static final double WEIGHT_PRIOR = 0.10;

	static final double CALM_DIRECTION_FACTOR = 0.5;

	private static final double MAX_ANGLE_OFF_DEGREES = 90;

	private final TracingParameters parameters;

	private final StationAlarm alarm;

	CandidateScoring(TracingParameters parameters, StationAlarm alarm) {
		this.parameters = parameters;
		this.alarm = alarm;
	}

	SourceCandidate score(Candidate candidate) {
		Findings findings = examine(candidate);
		double direction = directionFactor(findings.angleOffDegrees());
		double distance = distanceFactor(findings.distanceKm(), candidate.tallStack());
		double score = direction * distance * evidence(findings);
		return new SourceCandidate(candidate.enterpriseCode(), candidate.name(), score, findings.distanceKm(),
				findings.bearingDegrees(), findings.angleOffDegrees(), direction, distance,
				findings.fingerprint().similarity(), findings.correlation().coefficient(),
				findings.correlation().lagHours(), findings.concurrentAlarm(), candidate.electricity().score(),
				candidate.prior().score(), Explanation.of(findings));
	}

	private Findings examine(Candidate candidate) {
		double lat = this.alarm.latitude();
		double lon = this.alarm.longitude();
		double distanceKm = Geo.distanceKm(lat, lon, candidate.latitude(), candidate.longitude());
		double bearing = Geo.initialBearingDegrees(lat, lon, candidate.latitude(), candidate.longitude());
		double angleOff = Geo.angleOffDegrees(bearing, this.alarm.wind().fromDegrees());
		double travelHours = travelHours(distanceKm);
		Fingerprint fingerprint = Fingerprint.of(this.alarm, candidate);
		LagCorrelation correlation = LagCorrelation.best(this.alarm.hourlySeries(), candidate.hourlySeries(),
				fingerprint.alarmFactors(), (int) Math.ceil(travelHours) + 1);
		TimeWindow window = travelWindow(travelHours);
		boolean concurrentAlarm = candidate.activeAlarms().stream().anyMatch(window::overlaps);
		return new Findings(candidate, this.alarm.wind(), distanceKm, bearing, angleOff, fingerprint, correlation,
				concurrentAlarm);
	}

	/** f_dir: Gaussian in Δ with sigma = clamp(60 − 10u, 15, 60); 0.5 in calm wind; 0 beyond 90°. */
	double directionFactor(double angleOffDegrees) {
		Wind wind = this.alarm.wind();
		if (wind.isCalm()) {
			return CALM_DIRECTION_FACTOR;
		}
		if (angleOffDegrees > MAX_ANGLE_OFF_DEGREES) {
			return 0;
		}
		double sigma = Math.min(60, Math.max(15, 60 - 10 * wind.speedMs()));
		return Math.exp(-angleOffDegrees * angleOffDegrees / (2 * sigma * sigma));
	}

	/** f_dist = exp(−d / L), 0 beyond R_max; L and R_max are larger for tall stacks. */
	double distanceFactor(double distanceKm, boolean tallStack) {
		if (distanceKm > this.parameters.maxRadiusKm(tallStack)) {
			return 0;
		}
		return Math.exp(-distanceKm / this.parameters.lengthScaleKm(tallStack));
	}

	/** τ = d / max(u, 0.5), in hours. */
	double travelHours(double distanceKm) {
		return distanceKm * 1000 / Math.max(this.alarm.wind().speedMs(), Wind.CALM_SPEED_MS) / 3600;
	}

	/** [t0 − τ − 1 h, t0 − τ + 0.5 h]: when the emission must have happened to arrive at t0. */
	TimeWindow travelWindow(double travelHours) {
		Instant emitted = this.alarm.at().minusMillis(Math.round(travelHours * 3_600_000));
		return new TimeWindow(emitted.minus(Duration.ofHours(1)), emitted.plus(Duration.ofMinutes(30)));
	}

	private static double evidence(Findings findings) {
		Candidate candidate = findings.candidate();
		return WEIGHT_FINGERPRINT * findings.fingerprint().similarity()
				+ WEIGHT_CORRELATION * findings.correlation().coefficient()
				+ WEIGHT_CONCURRENT_ALARM * (findings.concurrentAlarm() ? 1 : 0)
				+ WEIGHT_ELECTRICITY * candidate.electricity().score() + WEIGHT_PRIOR * candidate.prior().score();
	}

}
