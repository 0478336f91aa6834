package cn.eco.enforcement.grid.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * In demo mode, imports the demo township boundaries ({@code grid/demo-township-boundaries.geojson})
 * once, through the same import an administrator uses, when no boundary is on record. They are
 * approximate and say so: Voronoi cells around the demo firms and stations of each township, clipped
 * to the district shapes of the map; not real administrative borders.
 */
@Component
class DemoTownshipBoundaries {

	private static final Logger log = LoggerFactory.getLogger(DemoTownshipBoundaries.class);

	static final String RESOURCE = "grid/demo-township-boundaries.geojson";

	private final TownshipBoundaries boundaries;

	private final boolean demo;

	DemoTownshipBoundaries(TownshipBoundaries boundaries, @Value("${app.demo.enabled:false}") boolean demo) {
		this.boundaries = boundaries;
		this.demo = demo;
	}

	@EventListener
	void on(ApplicationStartedEvent started) throws IOException {
		if (!demo || !boundaries.isEmpty()) {
			return;
		}
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
			var result = boundaries.importGeoJson(new String(in.readAllBytes(), StandardCharsets.UTF_8), "demo");
			log.info("Demo township boundaries imported (approximate, not real borders): {} townships", result.imported());
		}
		catch (DataIntegrityViolationException anotherNode) {
			log.info("Demo township boundaries were imported by another node meanwhile");
		}
	}

}
