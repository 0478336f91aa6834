package db.migration;

import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * {@code case_dossier} holds the dossier filed when a case closed (PDF and ZIP with their SHA-256 and
 * the timeline entry that recorded them); like the timeline it can only be appended to: PostgreSQL
 * refuses UPDATE, DELETE and TRUNCATE with a PL/pgSQL trigger, H2 with the Java trigger
 * {@link FiledDossierAppendOnly}.
 */
public class V121__Casework_filed_dossier extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws SQLException {
		try (Statement statement = context.getConnection().createStatement()) {
			statement.execute("""
					CREATE TABLE case_dossier (
					    case_id    BIGINT   PRIMARY KEY REFERENCES enforcement_case (id),
					    pdf        BYTEA    NOT NULL,
					    pdf_sha256 CHAR(64) NOT NULL,
					    zip        BYTEA    NOT NULL,
					    zip_sha256 CHAR(64) NOT NULL,
					    filed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
					    filed_by   VARCHAR(64),
					    event_seq  INT      NOT NULL
					)""");
			if (context.getConnection().getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
				AppendOnlyOnPostgres.create(statement, "case_dossier", "归档案卷");
			}
			else {
				statement.execute("CREATE TRIGGER case_dossier_append_only BEFORE UPDATE, DELETE ON case_dossier "
						+ "FOR EACH ROW CALL '" + FiledDossierAppendOnly.class.getName() + "'");
			}
		}
	}

}
