package db.migration;

import java.sql.SQLException;
import java.time.LocalDate;

import cn.eco.enforcement.monitoring.internal.ReadingPartitions;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On PostgreSQL {@code reading} becomes a partitioned table (by period, then by month; daily data
 * by year), so that old data are removed by dropping whole partitions and a month's queries read
 * one partition ({@link ReadingPartitions} has the layout). Existing rows move into partitions for
 * their months; the application makes the partitions ahead from then on. H2, the demo database,
 * keeps the plain table.
 */
public class V210__Monitoring_partition_reading extends BaseJavaMigration {

	/** Partitions made beyond the current month; the application keeps the same number ahead. */
	private static final int MONTHS_AHEAD = 2;

	@Override
	public void migrate(Context context) throws SQLException {
		var connection = context.getConnection();
		if (connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
			ReadingPartitions.partitionTable(connection, LocalDate.now(ReadingPartitions.ZONE), MONTHS_AHEAD);
		}
	}

}
