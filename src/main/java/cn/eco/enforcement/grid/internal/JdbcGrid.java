package cn.eco.enforcement.grid.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.eco.enforcement.grid.BoundaryImport;
import cn.eco.enforcement.grid.BranchBureau;
import cn.eco.enforcement.grid.GridApi;
import cn.eco.enforcement.grid.Squadron;
import cn.eco.enforcement.grid.StaffMember;
import cn.eco.enforcement.grid.StaffRole;
import cn.eco.enforcement.grid.Station;
import cn.eco.enforcement.grid.Township;
import cn.eco.enforcement.shared.TransactionMemo;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JdbcGrid implements GridApi {

	private static final String STAFF_COLUMNS = "user_id, name, email, role, org_unit_code, available, certificate_no";

	private static final RowMapper<StaffMember> STAFF = (rs, i) -> new StaffMember(rs.getString("user_id"),
			rs.getString("name"), rs.getString("email"), StaffRole.valueOf(rs.getString("role")),
			rs.getString("org_unit_code"), rs.getBoolean("available"), rs.getString("certificate_no"));

	private static final String STATIONS = """
			SELECT s.code, s.name, s.kind, s.township_code, t.squadron_code, s.latitude, s.longitude
			FROM monitoring_station s JOIN township t ON t.code = s.township_code""";

	private static final RowMapper<Station> STATION = (rs, i) -> new Station(rs.getString(1), rs.getString(2),
			rs.getString(3), rs.getString(4), rs.getString(5), (Double) rs.getObject(6, Double.class),
			(Double) rs.getObject(7, Double.class));

	private final JdbcClient jdbc;

	private final TownshipBoundaries boundaries;

	JdbcGrid(JdbcClient jdbc, TownshipBoundaries boundaries) {
		this.jdbc = jdbc;
		this.boundaries = boundaries;
	}

	@Override
	public Optional<StaffMember> findStaff(String userId) {
		return TransactionMemo.remembered("staff:" + userId, () -> jdbc.sql("SELECT " + STAFF_COLUMNS + " FROM staff WHERE user_id = ?")
			.param(userId)
			.query(STAFF)
			.optional());
	}

	@Override
	public List<StaffMember> allStaff() {
		return jdbc.sql("SELECT " + STAFF_COLUMNS + " FROM staff ORDER BY org_unit_code, user_id").query(STAFF).list();
	}

	@Override
	public List<Squadron> squadrons() {
		return jdbc.sql("SELECT code, name, parent_code FROM org_unit WHERE kind = 'SQUADRON' ORDER BY code")
			.query((rs, i) -> new Squadron(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	@Override
	public List<BranchBureau> branchBureaus() {
		Map<String, List<String>> squadrons = jdbc.sql("""
				SELECT b.parent_code, s.code FROM org_unit s JOIN org_unit b ON b.code = s.parent_code
				WHERE s.kind = 'SQUADRON' ORDER BY s.code""")
			.query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return jdbc.sql("SELECT code, name FROM org_unit WHERE kind = 'BRANCH_BUREAU' ORDER BY code")
			.query((rs, i) -> new BranchBureau(rs.getString(1), rs.getString(2),
					squadrons.getOrDefault(rs.getString(1), List.of())))
			.list();
	}

	@Override
	public Optional<String> branchOfSquadron(String squadronCode) {
		return jdbc.sql("SELECT b.parent_code FROM org_unit s JOIN org_unit b ON b.code = s.parent_code WHERE s.code = ?")
			.param(squadronCode)
			.query(String.class)
			.optional();
	}

	@Override
	public Optional<StaffMember> squadronLeader(String squadronCode) {
		return TransactionMemo.remembered("leader:" + squadronCode, () -> jdbc
			.sql("SELECT " + STAFF_COLUMNS
					+ " FROM staff WHERE org_unit_code = ? AND role = 'SQUADRON_LEADER' ORDER BY user_id")
			.param(squadronCode)
			.query(STAFF)
			.list()
			.stream()
			.findFirst());
	}

	@Override
	public Optional<String> squadronOfTownship(String townshipCode) {
		return TransactionMemo.remembered("township-squadron:" + townshipCode, () -> jdbc.sql("SELECT squadron_code FROM township WHERE code = ?")
			.param(townshipCode)
			.query(String.class)
			.optional());
	}

	@Override
	public Optional<String> townshipName(String townshipCode) {
		return TransactionMemo.remembered("township-name:" + townshipCode, () -> jdbc.sql("SELECT name FROM township WHERE code = ?").param(townshipCode).query(String.class).optional());
	}

	@Override
	public Map<String, String> townshipSquadrons() {
		return jdbc.sql("SELECT code, squadron_code FROM township")
			.query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	@Override
	public List<Township> townships() {
		java.util.Set<String> bounded = boundaries.withBoundary();
		return jdbc.sql("SELECT code, name, squadron_code FROM township ORDER BY code")
			.query((rs, i) -> new Township(rs.getString(1), rs.getString(2), rs.getString(3), bounded.contains(rs.getString(1))))
			.list();
	}

	@Override
	public Optional<Township> townshipAt(double latitude, double longitude) {
		return boundaries.townshipAt(latitude, longitude)
			.flatMap(code -> jdbc.sql("SELECT code, name, squadron_code FROM township WHERE code = ?")
				.param(code)
				.query((rs, i) -> new Township(rs.getString(1), rs.getString(2), rs.getString(3), true))
				.optional());
	}

	@Override
	@Transactional
	public BoundaryImport importTownshipBoundaries(String geoJson, String importedBy) {
		TransactionMemo.forget();
		return boundaries.importGeoJson(geoJson, importedBy);
	}

	@Override
	public List<Station> stations() {
		return jdbc.sql(STATIONS + " ORDER BY s.code").query(STATION).list();
	}

	@Override
	public Optional<Station> findStation(String stationCode) {
		return TransactionMemo.remembered("station:" + stationCode, () -> jdbc.sql(STATIONS + " WHERE s.code = ?").param(stationCode).query(STATION).optional());
	}

}
