package cn.eco.enforcement.grid.internal;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;

/**
 * GeoJSON (RFC 7946) Polygon and MultiPolygon geometries to JTS and back, longitude first. Refuses,
 * with a Chinese reason, what cannot be a township: other geometry types, coordinates outside the
 * globe, rings that do not close or have fewer than four positions, and invalid polygons
 * (self-intersecting rings).
 */
final class GeoJsonPolygons {

	private GeoJsonPolygons() {
	}

	static Geometry read(GeometryFactory factory, JsonNode geometry) {
		String type = geometry.path("type").asText("");
		JsonNode coordinates = geometry.path("coordinates");
		if (!coordinates.isArray() || coordinates.isEmpty()) {
			throw new IllegalArgumentException("缺少坐标（coordinates），须为 Polygon 或 MultiPolygon");
		}
		Geometry result = switch (type) {
			case "Polygon" -> polygon(factory, coordinates);
			case "MultiPolygon" -> {
				List<Polygon> parts = new ArrayList<>();
				for (JsonNode part : coordinates) {
					parts.add(polygon(factory, part));
				}
				yield factory.createMultiPolygon(parts.toArray(Polygon[]::new));
			}
			default -> throw new IllegalArgumentException("几何类型须为 Polygon 或 MultiPolygon，而非 " + (type.isEmpty() ? "空" : type));
		};
		IsValidOp validity = new IsValidOp(result);
		if (!validity.isValid()) {
			throw new IllegalArgumentException("多边形无效：" + validity.getValidationError().getMessage() + "（位于 "
					+ validity.getValidationError().getCoordinate() + "）");
		}
		return result;
	}

	private static Polygon polygon(GeometryFactory factory, JsonNode rings) {
		if (!rings.isArray() || rings.isEmpty()) {
			throw new IllegalArgumentException("多边形至少须有一个外环");
		}
		List<LinearRing> parsed = new ArrayList<>();
		for (JsonNode ring : rings) {
			parsed.add(ring(factory, ring));
		}
		return factory.createPolygon(parsed.get(0), parsed.subList(1, parsed.size()).toArray(LinearRing[]::new));
	}

	private static LinearRing ring(GeometryFactory factory, JsonNode positions) {
		if (!positions.isArray() || positions.size() < 4) {
			throw new IllegalArgumentException("每个环至少须有 4 个坐标点（首尾相同）");
		}
		List<Coordinate> coordinates = new ArrayList<>();
		for (JsonNode position : positions) {
			if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
				throw new IllegalArgumentException("坐标点须为 [经度, 纬度] 数组");
			}
			double longitude = position.get(0).asDouble();
			double latitude = position.get(1).asDouble();
			if (!(Math.abs(longitude) <= 180) || !(Math.abs(latitude) <= 90)) {
				throw new IllegalArgumentException("坐标超出范围：[" + longitude + ", " + latitude + "]（经度在前，纬度在后）");
			}
			coordinates.add(new Coordinate(longitude, latitude));
		}
		if (!coordinates.get(0).equals2D(coordinates.get(coordinates.size() - 1))) {
			throw new IllegalArgumentException("环未闭合：首尾坐标须相同");
		}
		return factory.createLinearRing(coordinates.toArray(Coordinate[]::new));
	}

	/** The geometry as GeoJSON text, coordinates rounded to 1e-7 degrees (about a centimetre). */
	static String write(Geometry geometry) {
		StringBuilder json = new StringBuilder();
		if (geometry instanceof Polygon polygon) {
			json.append("{\"type\":\"Polygon\",\"coordinates\":");
			polygon(json, polygon);
		}
		else {
			json.append("{\"type\":\"MultiPolygon\",\"coordinates\":[");
			for (int i = 0; i < geometry.getNumGeometries(); i++) {
				json.append(i == 0 ? "" : ",");
				polygon(json, (Polygon) geometry.getGeometryN(i));
			}
			json.append(']');
		}
		return json.append('}').toString();
	}

	private static void polygon(StringBuilder json, Polygon polygon) {
		json.append('[');
		ring(json, polygon.getExteriorRing());
		for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
			json.append(',');
			ring(json, polygon.getInteriorRingN(i));
		}
		json.append(']');
	}

	private static void ring(StringBuilder json, LineString ring) {
		json.append('[');
		for (int i = 0; i < ring.getNumPoints(); i++) {
			Coordinate c = ring.getCoordinateN(i);
			json.append(i == 0 ? "" : ",").append('[').append(round(c.x)).append(',').append(round(c.y)).append(']');
		}
		json.append(']');
	}

	private static double round(double degrees) {
		return Math.round(degrees * 1e7) / 1e7;
	}

}
