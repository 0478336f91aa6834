package cn.eco.enforcement.casework.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.eco.enforcement.casework.internal.DeploymentRequests;
import cn.eco.enforcement.casework.internal.DeploymentRequests.Request;
import cn.eco.enforcement.casework.internal.DeploymentRequests.SubmittedFile;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.server.ResponseStatusException;

/**
 * Deployment requests (部署申请): supervisors submit process files, an administrator approves them
 * in Tasklist. The same multipart form as the engine's {@code deployment/create}: any file parts,
 * the name in {@code deployment-name} (or {@code name}). Camunda Modeler deploys here when its
 * endpoint is set to {@code …/api/deployment-requests/modeler}.
 */
@RestController
@RequestMapping("/api/deployment-requests")
class DeploymentRequestController {

	private final DeploymentRequests requests;

	DeploymentRequestController(DeploymentRequests requests) {
		this.requests = requests;
	}

	@PostMapping(consumes = "multipart/form-data")
	@ResponseStatus(HttpStatus.CREATED)
	Request submit(MultipartHttpServletRequest request, Authentication caller) {
		String name = request.getParameter("deployment-name");
		if (name == null) {
			name = request.getParameter("name");
		}
		List<SubmittedFile> files = new ArrayList<>();
		for (MultipartFile file : request.getMultiFileMap().values().stream().flatMap(List::stream).toList()) {
			String fileName = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? file.getName()
					: file.getOriginalFilename();
			files.add(new SubmittedFile(fileName, bytesOf(file)));
		}
		return requests.submit(caller.getName(), name, files);
	}

	@GetMapping
	List<Request> list() {
		return requests.list();
	}

	@GetMapping("/{id}")
	Request one(@PathVariable long id) {
		Request request = requests.find(id);
		if (request == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这个部署申请");
		}
		return request;
	}

	/** Camunda Modeler checks its endpoint with {@code GET …/version} before deploying. */
	@GetMapping("/modeler/version")
	Map<String, String> modelerVersion() {
		return Map.of("version", "7.24.0");
	}

	/** Camunda Modeler's deploy, answered with the request in place of a deployment. */
	@PostMapping(path = "/modeler/deployment/create", consumes = "multipart/form-data")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Object> fromModeler(MultipartHttpServletRequest request, Authentication caller) {
		Request submitted = submit(request, caller);
		return Map.of("id", "deployment-request-" + submitted.id(), "name", submitted.name(), "source",
				"部署申请 #" + submitted.id() + "，待系统管理员审批", "deploymentTime", submitted.requestedAt().toString(),
				"deployedProcessDefinitions", Map.of(), "request", submitted);
	}

	private static byte[] bytesOf(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
