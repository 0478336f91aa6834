package cn.eco.enforcement.documents.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import cn.eco.enforcement.documents.CaseDossier;
import cn.eco.enforcement.documents.CaseDossier.IssuedDocument;
import cn.eco.enforcement.documents.CaseDossier.Listing;
import cn.eco.enforcement.documents.CaseDossier.Part;

/**
 * Binds a dossier: renders the listings, settles how many pages the cover and the table of contents
 * take (they print page numbers, so they are laid out again until their length no longer changes),
 * appends everything into one volume and stamps each page with its number in the volume.
 */
public final class DossierComposer {

	private static final float MM = 72f / 25.4f;

	private static final float STAMP_SIZE = 10;

	private final DocumentFonts fonts = new DocumentFonts();

	public byte[] compose(CaseDossier dossier) {
		List<byte[]> parts = dossier.parts().stream().map(this::partPdf).toList();
		List<Integer> lengths = parts.stream().map(DossierComposer::pages).toList();
		int body = lengths.stream().mapToInt(Integer::intValue).sum();
		int front = 0;
		for (int pass = 0; pass < 5; pass++) {
			byte[] cover = render(DossierFront.cover(dossier.cover(), front + body));
			byte[] contents = render(DossierFront.contents(dossier.parts(), startPages(front, lengths)));
			int settled = pages(cover) + pages(contents);
			if (settled == front) {
				List<byte[]> volume = new ArrayList<>(List.of(cover, contents));
				volume.addAll(parts);
				return bind(volume, dossier);
			}
			front = settled;
		}
		throw new IllegalStateException("The front matter of " + dossier.cover().caseNumber() + " does not settle");
	}

	private byte[] partPdf(Part part) {
		if (part instanceof Listing listing) {
			return render(DossierFront.listing(listing));
		}
		IssuedDocument issued = (IssuedDocument) part;
		if (issued.pdf() == null || issued.pdf().length == 0) {
			throw new IllegalArgumentException("The document " + issued.title() + " has no PDF");
		}
		return issued.pdf();
	}

	/** The first page of each part: parts follow the front matter in order. */
	private static List<Integer> startPages(int front, List<Integer> lengths) {
		List<Integer> starts = new ArrayList<>();
		int next = front + 1;
		for (int length : lengths) {
			starts.add(next);
			next += length;
		}
		return starts;
	}

	private byte[] render(List<Block> blocks) {
		try (PDDocument document = new PDDocument()) {
			PageLayout page = new PageLayout(document, fonts.regular(document), fonts.bold(document));
			for (Block block : blocks) {
				block.render(page);
			}
			page.finish(false);
			return save(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot lay out a part of the dossier", ex);
		}
	}

	private byte[] bind(List<byte[]> parts, CaseDossier dossier) {
		List<PDDocument> sources = new ArrayList<>();
		try (PDDocument volume = new PDDocument()) {
			PDFMergerUtility merger = new PDFMergerUtility();
			for (byte[] part : parts) {
				PDDocument source = Loader.loadPDF(part);
				sources.add(source);
				merger.appendDocument(volume, source);
			}
			stamp(volume, dossier.cover().provisional());
			volume.getDocumentInformation().setTitle(dossier.cover().caseNumber() + " 行政处罚案卷");
			volume.getDocumentInformation().setAuthor(dossier.cover().handlingUnit());
			volume.getDocumentInformation().setCreationDate(Calendar.getInstance());
			volume.getDocumentCatalog().setLanguage("zh-CN");
			return save(volume);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot bind the dossier of " + dossier.cover().caseNumber(), ex);
		}
		finally {
			sources.forEach(DossierComposer::closeQuietly);
		}
	}

	/** 案卷第 N 页 / 共 M 页 at the top right of every page, above the documents' own margin. */
	private void stamp(PDDocument volume, boolean provisional) throws IOException {
		PDType0Font font = fonts.regular(volume);
		int total = volume.getNumberOfPages();
		for (int i = 0; i < total; i++) {
			PDPage page = volume.getPage(i);
			PDRectangle box = page.getMediaBox();
			String text = (provisional ? "未结案 " : "") + "案卷第 " + (i + 1) + " 页 / 共 " + total + " 页";
			float width = font.getStringWidth(text) / 1000 * STAMP_SIZE;
			try (PDPageContentStream stream = new PDPageContentStream(volume, page, PDPageContentStream.AppendMode.APPEND,
					true, true)) {
				stream.beginText();
				stream.setFont(font, STAMP_SIZE);
				stream.newLineAtOffset(box.getUpperRightX() - 26 * MM - width, box.getUpperRightY() - 15 * MM);
				stream.showText(text);
				stream.endText();
			}
		}
	}

	private static int pages(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return document.getNumberOfPages();
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("Not a readable PDF", ex);
		}
	}

	private static byte[] save(PDDocument document) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		document.save(out);
		return out.toByteArray();
	}

	private static void closeQuietly(PDDocument document) {
		try {
			document.close();
		}
		catch (IOException ex) {
			// the volume is saved or failed already; a source that does not close changes neither
		}
	}

}
