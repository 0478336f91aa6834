package cn.eco.enforcement.disclosure;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code /public/e/{token}}: no login; an unknown or revoked token is a 404 page. */
@RestController
class PublicPageController {

	private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

	private final PublicRecords records;

	PublicPageController(PublicRecords records) {
		this.records = records;
	}

	@GetMapping("/public/e/{token}")
	ResponseEntity<String> page(@PathVariable String token) {
		return records.byToken(token)
			.map(r -> ResponseEntity.ok().contentType(HTML).body(PublicPage.render(r)))
			.orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(HTML).body(PublicPage.notFound()));
	}

}
