package cn.eco.enforcement.casework.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import cn.eco.enforcement.casework.CaseworkApi;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JdbcCasework implements CaseworkApi {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final JdbcClient jdbc;

	JdbcCasework(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<InspectionRecord> inspectionsOf(String enterpriseCode, LocalDate since) {
		return jdbc.sql("""
				SELECT reviewed_at, supervision_mode, handled_at, violation_found FROM loop_assessment
				WHERE enterprise_code = ? AND reviewed_at >= ? ORDER BY reviewed_at DESC""")
			.params(enterpriseCode, since.atStartOfDay(CHINA).toOffsetDateTime())
			.query((rs, i) -> {
				OffsetDateTime at = rs.getObject("handled_at", OffsetDateTime.class);
				OffsetDateTime reviewed = rs.getObject("reviewed_at", OffsetDateTime.class);
				return new InspectionRecord((at == null ? reviewed : at).atZoneSameInstant(CHINA).toLocalDate(),
						!"OFF_SITE".equals(rs.getString("supervision_mode")), rs.getBoolean("violation_found"));
			})
			.list();
	}

}
