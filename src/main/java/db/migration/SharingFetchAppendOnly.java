package db.migration;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * H2's variant of PostgreSQL's {@code sharing_fetch_append_only()} (V170): refuses every UPDATE and
 * DELETE of a data-sharing fetch record. H2 runs triggers only as Java classes.
 */
public class SharingFetchAppendOnly implements Trigger {

	@Override
	public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		throw new SQLException("数据共享记录（sharing_fetch）只能追加，不能" + (newRow == null ? "删除" : "修改"), "P0001");
	}

}
