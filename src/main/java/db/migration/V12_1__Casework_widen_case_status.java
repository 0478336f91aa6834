package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Widens {@code enforcement_case.status} to the stages of the penalty procedure. The old check was
 * declared inline, so its name is generated and differs between PostgreSQL and H2: it is found
 * through {@code information_schema} by its clause.
 */
public class V12_1__Casework_widen_case_status extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		List<String> names = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("""
						SELECT tc.constraint_name FROM information_schema.table_constraints tc
						JOIN information_schema.check_constraints cc
						  ON cc.constraint_name = tc.constraint_name AND cc.constraint_schema = tc.constraint_schema
						WHERE lower(tc.table_name) = 'enforcement_case' AND tc.constraint_type = 'CHECK'
						  AND cc.check_clause LIKE '%LEAD_DROPPED%'""")) {
			while (rs.next()) {
				names.add(rs.getString(1));
			}
		}
		try (Statement statement = connection.createStatement()) {
			for (String name : names) {
				statement.execute("ALTER TABLE enforcement_case DROP CONSTRAINT \"" + name + "\"");
			}
			statement.execute("""
					ALTER TABLE enforcement_case ADD CONSTRAINT enforcement_case_status_check CHECK (status IN (
					    'LEAD', 'LEAD_DROPPED', 'FILING_APPROVAL', 'FILED', 'NOT_FILED', 'UNDER_REVIEW', 'NOTICED',
					    'HEARING', 'DECIDED', 'SERVED', 'EXECUTED', 'CLOSED'))""");
		}
	}

}
