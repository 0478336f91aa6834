package cn.eco.enforcement.documents;

import org.springframework.stereotype.Component;

import cn.eco.enforcement.documents.internal.PdfComposer;

/**
 * Renders the legal documents of a penalty case as PDF (A4, Chinese, the font embedded as a subset),
 * laid out like the printed forms: authority, title, document number, party, body, and the authority
 * and date at the bottom right. Thread-safe; each call builds a fresh document.
 */
@Component
public class LegalDocuments {

	private final PdfComposer composer = new PdfComposer();

	/**
	 * The PDF of one document of the case.
	 * @throws IllegalArgumentException if the kind or the data is missing, or the party name is blank
	 */
	public byte[] render(DocumentKind kind, CaseDocument data) {
		if (kind == null) {
			throw new IllegalArgumentException("The kind of document to render is required");
		}
		if (data == null) {
			throw new IllegalArgumentException("The case data of the " + kind.title() + " is required");
		}
		if (data.partyName() == null || data.partyName().isBlank()) {
			throw new IllegalArgumentException("The " + kind.title() + " needs the party's name (当事人)");
		}
		return composer.render(kind, data);
	}

}
