package cn.eco.enforcement.assessment.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.ZoneOffset;
import java.util.List;

import cn.eco.enforcement.monitoring.IngestResult;
import cn.eco.enforcement.monitoring.MonitoringApi;
import cn.eco.enforcement.monitoring.Period;
import cn.eco.enforcement.monitoring.Reading;
import cn.eco.enforcement.monitoring.ReadingBatch;
import cn.eco.enforcement.support.Http;
import cn.eco.enforcement.support.IntegrationTest;
import cn.eco.enforcement.support.TestDevices;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The counted readings on PostgreSQL (partitioned {@code reading}), with late minute and hourly data
 * through the platform's ingestion, which marks their hours, and the monthly report over HTTP.
 */
@IntegrationTest
class HourCountsOnPostgresTests extends HourCountScenarios {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate template;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	TransmissionRates rates;

	@Autowired
	MonitoringApi monitoring;

	@LocalServerPort
	int port;

	@Override
	JdbcClient jdbc() {
		return jdbc;
	}

	@Override
	JdbcTemplate template() {
		return template;
	}

	@Override
	TransactionTemplate transactions() {
		return new TransactionTemplate(transactionManager);
	}

	@Override
	TransmissionRates rates() {
		return rates;
	}

	@Override
	String device(Instant registeredAt) {
		String mn = TestDevices.wastewaterAt(monitoring, "ENT-0001");
		jdbc.sql("UPDATE monitoring_device SET registered_at = ? WHERE mn = ?")
			.params(registeredAt.atOffset(ZoneOffset.UTC), mn)
			.update();
		return mn;
	}

	@Override
	void storeLate(String mn, List<Object[]> rows) {
		List<Reading> readings = rows.stream()
			.map(row -> new Reading((String) row[3], Period.valueOf((String) row[1]), ((Timestamp) row[2]).toInstant(),
					null, (BigDecimal) row[4], null, null, null, null, (String) row[5]))
			.toList();
		IngestResult result = monitoring.ingest(new ReadingBatch(mn, "123456", readings));
		assertThat(result.stored()).isEqualTo(readings.size());
		long hours = readings.stream().map(r -> r.dataTime().truncatedTo(ChronoUnit.HOURS)).distinct().count();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM hour_count_stale WHERE mn = ?").param(mn).query(Long.class).single())
			.as("the ingestion marked each device-hour with late data").isEqualTo(hours);
	}

	@Override
	String report() {
		var response = Http.as(port, "sunli").get("/api/statistics/monitoring?month=" + JUNE);
		assertThat(response.status()).isEqualTo(200);
		return response.json().toString();
	}

}
