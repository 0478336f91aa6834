package cn.eco.enforcement.maintenance.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import cn.eco.enforcement.evidence.EvidenceApi;
import cn.eco.enforcement.evidence.EvidenceApi.Upload;
import cn.eco.enforcement.evidence.EvidenceDownloads;
import cn.eco.enforcement.evidence.EvidenceItem;
import cn.eco.enforcement.maintenance.internal.OmInspectionPhotos;
import cn.eco.enforcement.maintenance.internal.OmInspectionPhotos.Caller;
import cn.eco.enforcement.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.server.ResponseStatusException;

/**
 * The photos of an O&M inspection's checklist items (巡检照片): the inspector adds them from Tasklist
 * while he works the inspection; the bureau's staff, the company and the firm of a finding read them.
 */
@RestController
class OmInspectionPhotoController {

	private static final String GROUP = "GROUP_";

	private final OmInspectionPhotos photos;

	private final EvidenceApi evidence;

	OmInspectionPhotoController(OmInspectionPhotos photos, EvidenceApi evidence) {
		this.photos = photos;
		this.evidence = evidence;
	}

	@Operation(summary = "上传巡检照片", description = "为巡检的一个检查项上传一张或多张照片（multipart/form-data，字段名 file），全部接收或全部拒收；"
			+ "只有承担此次巡检的第三方巡检人员在“现场巡检”办理期间可以上传")
	@PostMapping("/api/om-inspection/inspections/{id}/items/{item}/photos")
	ResponseEntity<List<EvidenceItem>> upload(@PathVariable long id, @PathVariable String item, HttpServletRequest request,
			Authentication user) {
		// The caller's right first: a refusal says who may, not what to send.
		photos.checkMayAdd(id, caller(user));
		if (!(request instanceof MultipartHttpServletRequest multipart)) {
			throw new InvalidInputException("file", "请以 multipart/form-data 上传，文件字段名为 file");
		}
		List<Upload> uploads = multipart.getFiles("file").stream()
			.map(part -> new Upload(part.getOriginalFilename(), part::getInputStream))
			.toList();
		return ResponseEntity.status(HttpStatus.CREATED).body(photos.add(id, item, caller(user), uploads));
	}

	@Operation(summary = "巡检照片", description = "巡检各检查项的照片，按检查表顺序；企业账户只看到成为本企业问题的检查项")
	@GetMapping("/api/om-inspection/inspections/{id}/photos")
	List<OmInspectionPhotos.ItemPhotos> list(@PathVariable long id, Authentication user) {
		return photos.list(id, caller(user));
	}

	@Operation(summary = "巡检照片原图或缩略图", description = "照片原图（inline），或 thumbnail=true 时不超过 160 像素的 JPEG 缩略图")
	@GetMapping("/api/om-inspection/inspections/{id}/photos/{photoId}")
	ResponseEntity<?> photo(@PathVariable long id, @PathVariable long photoId,
			@RequestParam(defaultValue = "false") boolean thumbnail, Authentication user) {
		EvidenceItem item = photos.photo(id, photoId, caller(user))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这张巡检照片"));
		return thumbnail ? EvidenceDownloads.thumbnail(evidence, item, "这张照片没有缩略图")
				: EvidenceDownloads.file(evidence, item);
	}

	@ExceptionHandler(OmInspectionPhotos.UnknownInspection.class)
	ProblemDetail unknown(OmInspectionPhotos.UnknownInspection ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler(OmInspectionPhotos.NotAllowed.class)
	ProblemDetail notAllowed(OmInspectionPhotos.NotAllowed ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, ex.getMessage());
	}

	private static Caller caller(Authentication user) {
		Set<String> groups = user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
			.filter(a -> a.startsWith(GROUP)).map(a -> a.substring(GROUP.length())).collect(Collectors.toSet());
		return new Caller(user.getName(), groups);
	}

}
