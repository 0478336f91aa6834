package cn.eco.enforcement.assessment.statistics;

import java.time.Clock;
import java.time.YearMonth;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/monitoring/devices/{mn}/transmission?month=YYYY-MM}: one device's data-transmission
 * effectiveness in a month (default: this month, up to the last whole hour). Served by the statistics
 * read model because it joins the readings with the loops that verified the device's exceedances.
 */
@RestController
class TransmissionController {

	private final TransmissionRates rates;

	private final Clock clock;

	TransmissionController(TransmissionRates rates, Clock clock) {
		this.rates = rates;
		this.clock = clock;
	}

	@GetMapping("/api/monitoring/devices/{mn}/transmission")
	DeviceTransmission transmission(@PathVariable String mn, @RequestParam(required = false) String month) {
		YearMonth wanted = StatisticsController.month(month, clock);
		MonitoringStatistics.requireNotFuture(wanted, clock);
		return rates.of(mn, wanted)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "设备未登记：" + mn));
	}

}
