package cn.eco.enforcement.tools.scale;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Copies one real process instance, row for row, in every Camunda table that holds it (runtime,
 * history, the task's authorizations and the byte arrays its rows point to) and in the platform's
 * {@code loop_plan} (the rules' plan that later tasks read), in bulk with
 * {@code INSERT … SELECT … generate_series}. Each copy is the engine's own state with new ids, so it
 * can be continued through the engine like the original: nothing is synthesised.
 * <p>
 * An id that belongs to the template (the id of any copied row, or the instance id) becomes, in copy
 * {@code n}, the same id with its last seven characters replaced by {@code z} and {@code n} as six hex
 * digits: same length (activity instance ids such as {@code StartEvent_AlarmReceived:<uuid>} are
 * 61 of the 64 characters a column holds), never a UUID (no {@code z} in hex), and the same in every
 * column that refers to it. Values that are not the template's ids (definition ids, user ids,
 * variable values) are copied as they are; {@code overrides} replaces whole columns (e.g. a removal
 * time in the past), and {@code replacements} replaces one value wherever a text column holds it
 * (e.g. the assignee, in the task, its history, its authorization, its identity link and the
 * {@code assignee} variable alike), each by an SQL expression that may use the copy's number {@code g}.
 * PostgreSQL only.
 */
final class OpenWorkCopies {

	/** One chunk of copies per transaction; a chunk whose first copy exists is skipped (resumable). */
	record Outcome(long copies, long rows, long skipped, double seconds) {

		double rowsPerSecond() {
			return rows / seconds;
		}

	}

	private final Connection connection;

	private final String template;

	private final Map<String, List<String>> rowIds = new LinkedHashMap<>();

	private final Set<String> ids = new LinkedHashSet<>();

	private final Map<String, String> overrides;

	private final Map<String, String> replacements;

	OpenWorkCopies(Connection connection, String processInstanceId, Map<String, String> overrides) throws SQLException {
		this(connection, processInstanceId, overrides, Map.of());
	}

	OpenWorkCopies(Connection connection, String processInstanceId, Map<String, String> overrides,
			Map<String, String> replacements) throws SQLException {
		this.connection = connection;
		this.template = processInstanceId;
		this.overrides = overrides;
		this.replacements = replacements;
		collect();
	}

	/** Template rows by table, e.g. {@code act_hi_actinst=3}. */
	Map<String, Integer> rowsByTable() {
		Map<String, Integer> counts = new LinkedHashMap<>();
		rowIds.forEach((table, list) -> counts.put(table, list.size()));
		return counts;
	}

	int rowsPerCopy() {
		return rowIds.values().stream().mapToInt(List::size).sum();
	}

	/** The id copy {@code n} has for the template's {@code id}. */
	static String copyId(String id, long n) {
		return id.substring(0, id.length() - 7) + "z" + String.format("%06x", n);
	}

	/** Copies numbered {@code from} … {@code to - 1}, {@code chunk} per transaction. */
	Outcome copy(long from, long to, int chunk, java.util.function.LongConsumer progress) throws SQLException {
		long started = System.nanoTime();
		long rows = 0;
		long skipped = 0;
		try (Statement statement = connection.createStatement()) {
			// a bulk load: a crash loses at most the last chunks, which a rerun copies again
			statement.execute("SET synchronous_commit = off");
		}
		boolean autoCommit = connection.getAutoCommit();
		connection.setAutoCommit(false);
		try {
			for (long first = from; first < to; first += chunk) {
				long last = Math.min(to, first + chunk) - 1;
				if (exists(copyId(template, first))) {
					skipped += last - first + 1;
					continue;
				}
				for (var table : rowIds.entrySet()) {
					rows += insert(table.getKey(), table.getValue(), first, last);
				}
				connection.commit();
				progress.accept(last + 1);
			}
		}
		catch (SQLException ex) {
			connection.rollback();
			throw ex;
		}
		finally {
			connection.setAutoCommit(autoCommit);
		}
		return new Outcome(to - from - skipped, rows, skipped, (System.nanoTime() - started) / 1e9);
	}

	private boolean exists(String processInstanceId) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement(
				"SELECT 1 FROM act_hi_procinst WHERE id_ = ? UNION ALL SELECT 1 FROM act_ru_execution WHERE id_ = ?")) {
			select.setString(1, processInstanceId);
			select.setString(2, processInstanceId);
			try (ResultSet rs = select.executeQuery()) {
				return rs.next();
			}
		}
	}

	/**
	 * One statement per template row: which of its columns hold the template's ids is known from the
	 * row itself, so copy {@code g} is built from constants and {@code g}, with no per-copy look-up.
	 */
	private long insert(String table, List<String> templateRowIds, long first, long last) throws SQLException {
		long rows = 0;
		for (String rowId : templateRowIds) {
			List<String> columns = new ArrayList<>();
			List<String> values = new ArrayList<>();
			try (PreparedStatement select = connection
				.prepareStatement("SELECT * FROM " + table + " WHERE " + keyOf(table) + " = ?")) {
				select.setString(1, rowId);
				try (ResultSet rs = select.executeQuery()) {
					if (!rs.next()) {
						continue;
					}
					var meta = rs.getMetaData();
					for (int i = 1; i <= meta.getColumnCount(); i++) {
						String column = meta.getColumnName(i).toLowerCase(Locale.ROOT);
						columns.add(column);
						int type = meta.getColumnType(i);
						String value = (type == Types.VARCHAR || type == Types.CHAR) ? rs.getString(i) : null;
						if (overrides.containsKey(column)) {
							values.add(overrides.get(column));
						}
						else if (value != null && ids.contains(value)) {
							values.add(literal(value.substring(0, value.length() - 7) + "z") + " || lpad(to_hex(g), 6, '0')");
						}
						else if (value != null && replacements.containsKey(value)) {
							values.add(replacements.get(value));
						}
						else {
							values.add("t." + column);
						}
					}
				}
			}
			String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT " + String.join(", ", values)
					+ " FROM " + table + " t, generate_series(" + first + ", " + last + ") g WHERE t." + keyOf(table) + " = "
					+ literal(rowId);
			try (Statement statement = connection.createStatement()) {
				rows += statement.executeUpdate(sql);
			}
		}
		return rows;
	}

	/** Finds the template's rows: every act_* table with a process instance column, then its tasks' authorizations and byte arrays. */
	private void collect() throws SQLException {
		List<String[]> instanceColumns = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("""
						SELECT c.table_name, c.column_name FROM information_schema.columns c
						JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
						WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
						  AND c.table_name LIKE 'act\\_%' AND c.column_name IN ('proc_inst_id_', 'process_instance_id_')
						ORDER BY c.table_name""")) {
			while (rs.next()) {
				instanceColumns.add(new String[] { rs.getString(1), rs.getString(2) });
			}
		}
		for (String[] tableColumn : instanceColumns) {
			add(tableColumn[0], "SELECT id_ FROM " + tableColumn[0] + " WHERE " + tableColumn[1] + " = ?", template);
		}
		for (String task : rowIds.getOrDefault("act_ru_task", List.of())) {
			add("act_ru_authorization", "SELECT id_ FROM act_ru_authorization WHERE resource_type_ = 7 AND resource_id_ = ?",
					task);
			add("act_ru_identitylink", "SELECT id_ FROM act_ru_identitylink WHERE task_id_ = ?", task);
		}
		for (String task : rowIds.getOrDefault("act_hi_taskinst", List.of())) {
			add("act_hi_identitylink", "SELECT id_ FROM act_hi_identitylink WHERE task_id_ = ?", task);
		}
		// the platform's own row of the loop: the rules' plan, which later tasks read (casework, V310)
		if (tableExists("loop_plan")) {
			add("loop_plan", "SELECT process_instance_id FROM loop_plan WHERE process_instance_id = ?", template);
		}
		Set<String> byteArrays = new LinkedHashSet<>();
		for (String table : List.of("act_ru_variable", "act_hi_varinst", "act_hi_detail", "act_ru_job")) {
			String column = table.equals("act_ru_job") ? "exception_stack_id_" : "bytearray_id_";
			for (String id : rowIds.getOrDefault(table, List.of())) {
				try (PreparedStatement select = connection
					.prepareStatement("SELECT " + column + " FROM " + table + " WHERE id_ = ? AND " + column + " IS NOT NULL")) {
					select.setString(1, id);
					try (ResultSet rs = select.executeQuery()) {
						while (rs.next()) {
							byteArrays.add(rs.getString(1));
						}
					}
				}
			}
		}
		for (String byteArray : byteArrays) {
			add("act_ge_bytearray", "SELECT id_ FROM act_ge_bytearray WHERE id_ = ?", byteArray);
		}
		// foreign keys: byte arrays, executions and tasks before the rows that point to them
		for (String first : List.of("act_ru_task", "act_ru_execution", "act_ge_bytearray")) {
			List<String> rows = rowIds.remove(first);
			if (rows != null) {
				Map<String, List<String>> rest = new LinkedHashMap<>(rowIds);
				rowIds.clear();
				rowIds.put(first, rows);
				rowIds.putAll(rest);
			}
		}
		ids.add(template);
		rowIds.values().forEach(ids::addAll);
		for (String id : ids) {
			if (id.length() < 8) {
				throw new IllegalStateException("id too short to number copies: " + id);
			}
		}
	}

	/** The key column: {@code id_} in the engine's tables. */
	private static String keyOf(String table) {
		return table.equals("loop_plan") ? "process_instance_id" : "id_";
	}

	private boolean tableExists(String table) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
			select.setString(1, table);
			try (ResultSet rs = select.executeQuery()) {
				return rs.next() && rs.getBoolean(1);
			}
		}
	}

	private void add(String table, String sql, String parameter) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement(sql)) {
			select.setString(1, parameter);
			try (ResultSet rs = select.executeQuery()) {
				while (rs.next()) {
					rowIds.computeIfAbsent(table, k -> new ArrayList<>()).add(rs.getString(1));
				}
			}
		}
	}

	private static String literal(String value) {
		return "'" + value.replace("'", "''") + "'";
	}

}
