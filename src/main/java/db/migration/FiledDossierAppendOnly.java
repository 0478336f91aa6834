package db.migration;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * H2's variant of PostgreSQL's {@code case_dossier_append_only()} (V121): refuses every UPDATE and
 * DELETE of a filed dossier. H2 runs triggers only as Java classes.
 */
public class FiledDossierAppendOnly implements Trigger {

	@Override
	public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		throw new SQLException("归档案卷（case_dossier）只能追加，不能" + (newRow == null ? "删除" : "修改"), "P0001");
	}

}
