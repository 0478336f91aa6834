package db.migration;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * A PostgreSQL table that only grows: a trigger function and triggers that refuse UPDATE, DELETE
 * and TRUNCATE with a Chinese message naming the table. H2 gets a Java trigger of its own per table
 * ({@link CaseEventAppendOnly}, {@link FiledDossierAppendOnly}).
 */
final class AppendOnlyOnPostgres {

	private AppendOnlyOnPostgres() {
	}

	/** @param label what the table holds, as the refusal names it, e.g. 案件记录 */
	static void create(Statement statement, String table, String label) throws SQLException {
		statement.execute("""
				CREATE FUNCTION %1$s_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
				BEGIN
				    RAISE EXCEPTION '%2$s（%1$s）只能追加，不能%%', CASE TG_OP WHEN 'UPDATE' THEN '修改' ELSE '删除' END;
				END
				$$""".formatted(table, label));
		statement.execute("""
				CREATE TRIGGER %1$s_append_only BEFORE UPDATE OR DELETE ON %1$s
				FOR EACH ROW EXECUTE FUNCTION %1$s_append_only()""".formatted(table));
		statement.execute("""
				CREATE TRIGGER %1$s_no_truncate BEFORE TRUNCATE ON %1$s
				FOR EACH STATEMENT EXECUTE FUNCTION %1$s_append_only()""".formatted(table));
	}

}
