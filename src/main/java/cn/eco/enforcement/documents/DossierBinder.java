package cn.eco.enforcement.documents;

import org.springframework.stereotype.Component;

import cn.eco.enforcement.documents.internal.DossierComposer;

/**
 * Binds a case's dossier (案卷) into one PDF: the cover, the table of contents (卷内目录) with the page
 * where each part starts, then the parts, every page numbered at the top right (案卷第 N 页) across the
 * whole volume. A dossier of an open case is marked 未结案 on the cover and on every page.
 */
@Component
public class DossierBinder {

	private final DossierComposer composer = new DossierComposer();

	/**
	 * The dossier as one PDF.
	 * @throws IllegalArgumentException if the cover is missing or an issued document is not a PDF
	 */
	public byte[] bind(CaseDossier dossier) {
		if (dossier == null || dossier.cover() == null) {
			throw new IllegalArgumentException("A dossier needs its cover");
		}
		return composer.compose(dossier);
	}

}
