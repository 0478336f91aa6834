package db.migration;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * H2's variant of PostgreSQL's {@code case_event_append_only()} (V90): refuses every UPDATE and
 * DELETE of a case's timeline entry. H2 runs triggers only as Java classes.
 */
public class CaseEventAppendOnly implements Trigger {

	@Override
	public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		throw new SQLException("案件记录（case_event）只能追加，不能" + (newRow == null ? "删除" : "修改"), "P0001");
	}

}
