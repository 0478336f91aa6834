package cn.eco.enforcement.documents.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

import cn.eco.enforcement.documents.CaseDocument;
import cn.eco.enforcement.documents.DocumentKind;

/** Composes a document's text from the case and lays it out as a PDF. */
public final class PdfComposer {

	private final DocumentFonts fonts = new DocumentFonts();

	/** The PDF of one document; the data is expected to be validated. */
	public byte[] render(DocumentKind kind, CaseDocument data) {
		List<Block> blocks = switch (kind) {
			case FILING_APPROVAL -> FilingApprovalForm.compose(data);
			case PRIOR_NOTICE -> PriorNotice.compose(data);
			case PENALTY_DECISION -> PenaltyDecision.compose(data);
			case CORRECTION_ORDER -> CorrectionOrder.compose(data);
		};
		try (PDDocument document = new PDDocument()) {
			PageLayout page = new PageLayout(document, fonts.regular(document), fonts.bold(document));
			for (Block block : blocks) {
				block.render(page);
			}
			page.finish();
			describe(document, kind, data);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot render " + kind.title() + " of " + data.caseNumber(), ex);
		}
	}

	private static void describe(PDDocument document, DocumentKind kind, CaseDocument data) {
		PDDocumentInformation info = document.getDocumentInformation();
		info.setTitle(Wording.isBlank(data.caseNumber()) ? kind.title() : data.caseNumber().strip() + " " + kind.title());
		info.setAuthor(Wording.orBlank(data.authorityName()));
		info.setCreationDate(Calendar.getInstance());
		document.getDocumentCatalog().setLanguage("zh-CN");
	}

}
