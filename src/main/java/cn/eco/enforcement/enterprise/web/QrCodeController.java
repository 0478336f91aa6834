package cn.eco.enforcement.enterprise.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import cn.eco.enforcement.enterprise.EnterpriseApi;
import cn.eco.enforcement.enterprise.EnterpriseProfile;
import cn.eco.enforcement.grid.GridApi;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.HtmlUtils;

/**
 * The enterprise QR code (环保一码清): a PNG per firm, a printable A4 sheet of labels per branch,
 * and renewal when a label is lost or misused. The code holds the public URL with the firm's token.
 */
@RestController
@RequestMapping("/api/enterprises")
class QrCodeController {

	private static final int SIZE = 480;

	private final EnterpriseApi enterprises;

	private final GridApi grid;

	private final String publicBaseUrl;

	QrCodeController(EnterpriseApi enterprises, GridApi grid, @Value("${app.public-base-url}") String publicBaseUrl) {
		this.enterprises = enterprises;
		this.grid = grid;
		this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
				: publicBaseUrl;
	}

	@GetMapping(value = "/{code}/qrcode.png", produces = MediaType.IMAGE_PNG_VALUE)
	byte[] qrCode(@PathVariable String code) {
		return png(publicUrl(existing(code)));
	}

	/** Revokes the firm's current code; old labels stop working and the new code replaces them. */
	@PostMapping("/{code}/qrcode/renew")
	Map<String, String> renew(@PathVariable String code) {
		existing(code);
		return Map.of("publicUrl", publicBaseUrl + "/public/e/" + enterprises.renewQrToken(code));
	}

	/** A printable A4 sheet of labels (name, code, QR) for every firm of a branch bureau. */
	@GetMapping(value = "/qr-labels", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
	ResponseEntity<String> labels(@RequestParam String branch) {
		List<EnterpriseProfile> firms = enterprises.list()
			.stream()
			.filter(e -> e.squadronCode() != null && grid.branchOfSquadron(e.squadronCode()).filter(branch::equals).isPresent())
			.toList();
		if (firms.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "该分局没有企业：" + branch);
		}
		StringBuilder html = new StringBuilder(LabelSheet.HEAD);
		for (EnterpriseProfile firm : firms) {
			html.append("<div class=\"label\"><img alt=\"二维码\" src=\"data:image/png;base64,")
				.append(Base64.getEncoder().encodeToString(png(publicUrl(firm))))
				.append("\"><div class=\"name\">")
				.append(HtmlUtils.htmlEscape(firm.name()))
				.append("</div><div class=\"code\">")
				.append(HtmlUtils.htmlEscape(firm.code()))
				.append(" · 扫码查看企业环境信息</div></div>");
		}
		return ResponseEntity.ok(html.append(LabelSheet.TAIL).toString());
	}

	private EnterpriseProfile existing(String code) {
		return enterprises.find(code)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "企业不存在：" + code));
	}

	private String publicUrl(EnterpriseProfile firm) {
		return publicBaseUrl + "/public/e/" + enterprises.qrToken(firm.code());
	}

	static byte[] png(String content) {
		try {
			var matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, SIZE, SIZE,
					Map.of(EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.MARGIN, 2,
							EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			MatrixToImageWriter.writeToStream(matrix, "PNG", out);
			return out.toByteArray();
		}
		catch (WriterException | IOException ex) {
			throw new IllegalStateException("QR code could not be drawn", ex);
		}
	}

	/** The fixed parts of the label sheet: A4 portrait, 3 × 4 labels of 60 × 65 mm. */
	private static final class LabelSheet {

		static final String HEAD = """
				<!DOCTYPE html><html lang="zh-CN"><head><meta charset="UTF-8"><title>企业环保二维码标签</title>
				<style>@page { size: A4; margin: 10mm; } body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; margin: 0; }
				.sheet { display: grid; grid-template-columns: repeat(3, 60mm); grid-auto-rows: 65mm; gap: 4mm; }
				.label { border: 1px dashed #999; text-align: center; padding: 2mm; page-break-inside: avoid; }
				.label img { width: 44mm; height: 44mm; } .name { font-size: 11pt; font-weight: bold; }
				.code { font-size: 8pt; color: #555; }</style></head><body><div class="sheet">""";

		static final String TAIL = "</div></body></html>";

	}

}
