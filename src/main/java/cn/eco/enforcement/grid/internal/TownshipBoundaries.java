package cn.eco.enforcement.grid.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.eco.enforcement.grid.BoundaryImport;
import cn.eco.enforcement.shared.InvalidInputException;
import cn.eco.enforcement.shared.InvalidInputException.FieldProblem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The township_boundary table and the point-in-polygon look-up over it. The polygons are parsed once
 * and held prepared in memory; a node notices another node's import by the table's count and latest
 * import time, read with every look-up.
 */
@Component
class TownshipBoundaries {

	private static final int MAX_FEATURES = 5_000;

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	private final Clock clock;

	private final GeometryFactory geometries = new GeometryFactory();

	private volatile Loaded loaded = new Loaded("", List.of());

	TownshipBoundaries(JdbcClient jdbc, ObjectMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/** The code of the township whose boundary covers the point; the smallest one where two overlap. */
	Optional<String> townshipAt(double latitude, double longitude) {
		Point point = geometries.createPoint(new Coordinate(longitude, latitude));
		return current().shapes()
			.stream()
			.filter(s -> s.envelope().covers(longitude, latitude) && s.geometry().covers(point))
			.min(java.util.Comparator.comparingDouble(Shape::area))
			.map(Shape::townshipCode);
	}

	Set<String> withBoundary() {
		return new HashSet<>(jdbc.sql("SELECT township_code FROM township_boundary").query(String.class).list());
	}

	@Transactional
	BoundaryImport importGeoJson(String body, String importedBy) {
		JsonNode root = parse(body);
		Set<String> known = new HashSet<>(jdbc.sql("SELECT code FROM township").query(String.class).list());
		JsonNode features = root.path("features");
		List<FieldProblem> problems = new ArrayList<>();
		if (!"FeatureCollection".equals(root.path("type").asText()) || !features.isArray() || features.isEmpty()) {
			throw new InvalidInputException("features", "须为 GeoJSON FeatureCollection，且至少含一个乡镇（Feature）");
		}
		if (features.size() > MAX_FEATURES) {
			throw new InvalidInputException("features", "一次最多导入 " + MAX_FEATURES + " 个乡镇边界");
		}
		List<Parsed> parsed = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < features.size(); i++) {
			String at = "features[" + i + "]";
			JsonNode feature = features.get(i);
			String code = feature.path("properties").path("code").asText("").strip();
			if (code.isEmpty()) {
				problems.add(new FieldProblem(at + ".properties.code", "缺少乡镇编码（properties.code）"));
				continue;
			}
			if (!known.contains(code)) {
				problems.add(new FieldProblem(at + ".properties.code", "乡镇不存在：" + code));
				continue;
			}
			if (!seen.add(code)) {
				problems.add(new FieldProblem(at + ".properties.code", "乡镇在文件中重复出现：" + code));
				continue;
			}
			try {
				Geometry geometry = GeoJsonPolygons.read(geometries, feature.path("geometry"));
				parsed.add(new Parsed(code, geometry));
			}
			catch (IllegalArgumentException bad) {
				problems.add(new FieldProblem(at + ".geometry", bad.getMessage()));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		String source = root.path("name").isTextual() ? truncate(root.path("name").asText(), 200) : null;
		OffsetDateTime now = OffsetDateTime.now(clock);
		for (Parsed p : parsed) {
			Envelope e = p.geometry().getEnvelopeInternal();
			jdbc.sql("DELETE FROM township_boundary WHERE township_code = ?").param(p.code()).update();
			jdbc.sql("""
					INSERT INTO township_boundary (township_code, geometry, min_longitude, min_latitude, max_longitude,
					                               max_latitude, source, imported_by, imported_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(p.code(), GeoJsonPolygons.write(p.geometry()), e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY(),
						source, importedBy, now)
				.update();
		}
		return new BoundaryImport(parsed.size(), parsed.stream().map(Parsed::code).toList(), source);
	}

	boolean isEmpty() {
		return jdbc.sql("SELECT COUNT(*) FROM township_boundary").query(Long.class).single() == 0;
	}

	private Loaded current() {
		String version = jdbc.sql("SELECT COUNT(*), MAX(imported_at) FROM township_boundary")
			.query((rs, i) -> rs.getLong(1) + "@" + rs.getString(2))
			.single();
		Loaded now = loaded;
		if (!now.version().equals(version)) {
			List<Shape> shapes = jdbc.sql("SELECT township_code, geometry FROM township_boundary ORDER BY township_code")
				.query((rs, i) -> shape(rs.getString(1), rs.getString(2)))
				.list();
			now = new Loaded(version, shapes);
			loaded = now;
		}
		return now;
	}

	private Shape shape(String code, String text) {
		Geometry geometry = GeoJsonPolygons.read(geometries, parse(text));
		return new Shape(code, geometry.getEnvelopeInternal(), PreparedGeometryFactory.prepare(geometry), geometry.getArea());
	}

	private JsonNode parse(String text) {
		try {
			return json.readTree(text == null ? "" : text);
		}
		catch (JsonProcessingException notJson) {
			throw new InvalidInputException("features", "不是有效的 GeoJSON（JSON 解析失败）");
		}
	}

	private static String truncate(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}

	private record Parsed(String code, Geometry geometry) {
	}

	private record Shape(String townshipCode, Envelope envelope, PreparedGeometry geometry, double area) {
	}

	private record Loaded(String version, List<Shape> shapes) {
	}

}
