package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;

import cn.eco.enforcement.casework.internal.CaseEventDigest;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Makes a case's timeline tamper-evident and append-only. Each {@code case_event} gets its place in
 * the case's chain ({@code seq}, from 1), its predecessor's hash ({@code prev_hash}, null for the
 * first) and its own SHA-256 ({@code hash}, {@link CaseEventDigest}). Entries written before are
 * chained here, in the order the timeline shows them, before the trigger that refuses every later
 * UPDATE and DELETE is created: PostgreSQL's is PL/pgSQL (and refuses TRUNCATE too), H2's is the
 * Java class {@link CaseEventAppendOnly}, the only kind of trigger H2 runs.
 */
public class V90__Casework_chain_case_events extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		try (Statement statement = connection.createStatement()) {
			statement.execute("ALTER TABLE case_event ADD COLUMN seq INT");
			statement.execute("ALTER TABLE case_event ADD COLUMN prev_hash VARCHAR(64)");
			statement.execute("ALTER TABLE case_event ADD COLUMN hash VARCHAR(64)");
		}
		chainExistingEntries(connection);
		try (Statement statement = connection.createStatement()) {
			statement.execute("ALTER TABLE case_event ALTER COLUMN seq SET NOT NULL");
			statement.execute("ALTER TABLE case_event ALTER COLUMN hash SET NOT NULL");
			statement.execute("ALTER TABLE case_event ADD CONSTRAINT case_event_case_seq UNIQUE (case_id, seq)");
			if (connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
				AppendOnlyOnPostgres.create(statement, "case_event", "案件记录");
			}
			else {
				statement.execute("CREATE TRIGGER case_event_append_only BEFORE UPDATE, DELETE ON case_event "
						+ "FOR EACH ROW CALL '" + CaseEventAppendOnly.class.getName() + "'");
			}
		}
	}

	private static void chainExistingEntries(Connection connection) throws SQLException {
		try (Statement select = connection.createStatement();
				PreparedStatement update = connection
					.prepareStatement("UPDATE case_event SET seq = ?, prev_hash = ?, hash = ? WHERE id = ?")) {
			select.setFetchSize(500);
			try (ResultSet rs = select.executeQuery("""
					SELECT id, case_id, occurred_at, stage, actor, description FROM case_event
					ORDER BY case_id, occurred_at, id""")) {
				long caseId = -1;
				int seq = 0;
				String previous = null;
				while (rs.next()) {
					if (rs.getLong("case_id") != caseId) {
						caseId = rs.getLong("case_id");
						seq = 0;
						previous = null;
					}
					seq++;
					String hash = CaseEventDigest.hash(caseId, seq, rs.getObject("occurred_at", OffsetDateTime.class),
							rs.getString("stage"), rs.getString("actor"), rs.getString("description"), previous);
					update.setInt(1, seq);
					update.setString(2, previous);
					update.setString(3, hash);
					update.setLong(4, rs.getLong("id"));
					update.addBatch();
					previous = hash;
				}
			}
			update.executeBatch();
		}
	}

}
