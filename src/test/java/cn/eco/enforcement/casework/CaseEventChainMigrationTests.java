package cn.eco.enforcement.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import cn.eco.enforcement.casework.internal.CaseEventDigest;
import cn.eco.enforcement.support.PostgresTestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Upgrading a database whose cases already have timelines: V90 chains every case's entries in the
 * order the timeline shows them, each linked to its predecessor and hashed, and from then on the
 * entries cannot be changed — on PostgreSQL and on the embedded H2 alike.
 */
class CaseEventChainMigrationTests {

	@ParameterizedTest
	@ValueSource(strings = { "postgresql", "h2" })
	void entriesWrittenBeforeTheUpgradeAreChainedPerCaseAndThenAppendOnly(String database) throws SQLException {
		String url = database.equals("h2") ? "jdbc:h2:mem:chain-upgrade-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1"
				: PostgresTestDatabase.freshUrl();
		String user = database.equals("h2") ? "sa" : PostgresTestDatabase.user();
		String password = database.equals("h2") ? "" : PostgresTestDatabase.password();
		Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").target("70").load().migrate();
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement()) {
			// the alarms and firms the cases refer to are not what this test is about
			statement.execute(database.equals("h2") ? "SET REFERENTIAL_INTEGRITY FALSE" : "SET session_replication_role = replica");
			for (int caseId : new int[] { 7, 8 }) {
				statement.execute("INSERT INTO enforcement_case (id, case_number, alarm_id, status, opened_at) VALUES (" + caseId
						+ ", '襄环罚〔2025〕" + caseId + "号', " + caseId + ", 'FILED', TIMESTAMP WITH TIME ZONE '2025-03-01 08:00:00+08')");
			}
			statement.execute("""
					INSERT INTO case_event (case_id, occurred_at, stage, actor, description) VALUES
					(7, TIMESTAMP WITH TIME ZONE '2025-03-02 09:00:00.123456+08', '立案', 'sunli', '准予立案'),
					(8, TIMESTAMP WITH TIME ZONE '2025-03-02 10:00:00+08', '立案', 'sunli', '准予立案'),
					(7, TIMESTAMP WITH TIME ZONE '2025-03-01 09:00:00+08', '立案审批', NULL, '提请立案'),
					(7, TIMESTAMP WITH TIME ZONE '2025-03-09 09:00:00+08', '调查终结', 'wangqiang', '调查取证完成')""");
		}

		Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();

		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement()) {
			List<String> stages = new ArrayList<>();
			String previous = null;
			try (var rs = statement.executeQuery(
					"SELECT seq, occurred_at, stage, actor, description, prev_hash, hash FROM case_event WHERE case_id = 7 ORDER BY seq")) {
				while (rs.next()) {
					stages.add(rs.getInt("seq") + " " + rs.getString("stage"));
					assertThat(rs.getString("prev_hash")).isEqualTo(previous);
					assertThat(rs.getString("hash")).isEqualTo(CaseEventDigest.hash(7, rs.getInt("seq"),
							rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("stage"), rs.getString("actor"),
							rs.getString("description"), previous));
					previous = rs.getString("hash");
				}
			}
			assertThat(stages).containsExactly("1 立案审批", "2 立案", "3 调查终结");
			try (var rs = statement.executeQuery("SELECT seq, prev_hash FROM case_event WHERE case_id = 8")) {
				assertThat(rs.next()).isTrue();
				assertThat(rs.getInt(1)).as("each case has its own chain").isEqualTo(1);
				assertThat(rs.getString(2)).isNull();
			}
			assertThatThrownBy(() -> statement.executeUpdate("UPDATE case_event SET actor = 'x' WHERE case_id = 7"))
				.hasMessageContaining("只能追加，不能修改");
			assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM case_event WHERE case_id = 8"))
				.hasMessageContaining("只能追加，不能删除");
		}
	}

}
