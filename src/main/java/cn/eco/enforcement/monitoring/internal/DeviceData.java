package cn.eco.enforcement.monitoring.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import cn.eco.enforcement.monitoring.ConditionDeclarationView;
import cn.eco.enforcement.monitoring.DeclareCondition;
import cn.eco.enforcement.monitoring.DeviceDataApi;
import cn.eco.enforcement.monitoring.MultimediaFileView;
import cn.eco.enforcement.monitoring.ProductionConditionView;
import cn.eco.enforcement.monitoring.VocsRawDataView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads what {@link Hj212Supplements} stored, and keeps the {@link ConditionDeclarations}. */
@Service
class DeviceData implements DeviceDataApi {

	private final JdbcClient jdbc;

	private final ConditionDeclarations declarations;

	DeviceData(JdbcClient jdbc, ConditionDeclarations declarations) {
		this.jdbc = jdbc;
		this.declarations = declarations;
	}

	@Override
	public List<ProductionConditionView> productionConditions(String mn, Instant from, Instant to, int limit) {
		return jdbc.sql("""
				SELECT mn, factor_code, data_time, marker, flag, received_at FROM production_condition
				WHERE mn = ? AND data_time >= ? AND data_time < ? ORDER BY data_time, factor_code FETCH FIRST ? ROWS ONLY""")
			.params(mn, utc(from), utc(to), limit)
			.query((rs, i) -> new ProductionConditionView(rs.getString(1), rs.getString(2), time(rs.getObject(3, OffsetDateTime.class)),
					rs.getString(4), rs.getString(5), time(rs.getObject(6, OffsetDateTime.class))))
			.list();
	}

	@Override
	public List<VocsRawDataView> vocsRawData(String mn, Instant from, Instant to, int limit) {
		return jdbc.sql("""
				SELECT mn, data_time, factor_code, retention_time, peak_area, peak_height, spectrum_file, flag, received_at
				FROM vocs_raw_data WHERE mn = ? AND data_time >= ? AND data_time < ?
				ORDER BY data_time, factor_code FETCH FIRST ? ROWS ONLY""")
			.params(mn, utc(from), utc(to), limit)
			.query((rs, i) -> new VocsRawDataView(rs.getString(1), time(rs.getObject(2, OffsetDateTime.class)), rs.getString(3),
					plain(rs.getBigDecimal(4)), plain(rs.getBigDecimal(5)), plain(rs.getBigDecimal(6)), rs.getString(7),
					rs.getString(8), time(rs.getObject(9, OffsetDateTime.class))))
			.list();
	}

	@Override
	public List<MultimediaFileView> multimediaFiles(String mn, Instant from, Instant to, int limit) {
		return jdbc.sql("""
				SELECT mn, data_time, cn, file_name, file_type, file_size, digest, reference, received_at
				FROM multimedia_file WHERE mn = ? AND data_time >= ? AND data_time < ?
				ORDER BY data_time, id FETCH FIRST ? ROWS ONLY""")
			.params(mn, utc(from), utc(to), limit)
			.query((rs, i) -> new MultimediaFileView(rs.getString(1), time(rs.getObject(2, OffsetDateTime.class)),
					rs.getString(3), rs.getString(4), rs.getString(5), (Long) rs.getObject(6, Long.class), rs.getString(7),
					rs.getString(8), time(rs.getObject(9, OffsetDateTime.class))))
			.list();
	}

	@Override
	@Transactional
	public ConditionDeclarationView declare(DeclareCondition declaration) {
		return declarations.declare(declaration);
	}

	@Override
	public List<ConditionDeclarationView> declarations(String mn) {
		return declarations.of(mn);
	}

	private static OffsetDateTime utc(Instant t) {
		return t.atOffset(ZoneOffset.UTC);
	}

	/** Times as the readings API gives them: as the database returns them. */
	private static OffsetDateTime time(OffsetDateTime t) {
		return t;
	}

	private static java.math.BigDecimal plain(java.math.BigDecimal value) {
		return value == null ? null : value.stripTrailingZeros();
	}

}
