package cn.eco.enforcement.documents;

import java.time.LocalDate;
import java.util.List;

/**
 * What goes into a case's dossier (案卷): the cover and the parts in the order they are bound. The
 * table of contents (卷内目录) and the page numbers are worked out when the dossier is bound.
 *
 * @param cover the cover (封面)
 * @param parts the documents issued and the listings, each starting on a new page
 */
public record CaseDossier(Cover cover, List<Part> parts) {

	public CaseDossier {
		parts = parts == null ? List.of() : List.copyOf(parts);
	}

	/**
	 * The cover of the dossier.
	 * @param cause the cause of action (案由)
	 * @param closedOn the day the case was closed; null while it is open, which marks the dossier 未结案
	 * @param handlingUnit the unit that handled the case (承办单位)
	 * @param retention how long the dossier is kept (保管期限), e.g. 30 年
	 */
	public record Cover(String caseNumber, String partyName, String cause, LocalDate filedOn, LocalDate closedOn,
			String handlingUnit, List<String> officers, String retention) {

		public Cover {
			officers = officers == null ? List.of() : List.copyOf(officers);
		}

		/** Whether the case is still open, so the dossier is provisional. */
		public boolean provisional() {
			return closedOn == null;
		}

	}

	/** One part of the dossier, listed in the table of contents under its title. */
	public sealed interface Part permits IssuedDocument, Listing {

		String title();

		/** The document number (文号) the table of contents shows; null when there is none. */
		String number();

		/** The date the table of contents shows; null when there is none. */
		LocalDate date();

	}

	/** A document issued in the case, bound as it was issued (its PDF pages unchanged). */
	public record IssuedDocument(String title, String number, LocalDate date, byte[] pdf) implements Part {
	}

	/**
	 * A listing set for the dossier: a heading, a line under it, then one bordered row per entry.
	 * @param note a line under the heading, e.g. how the entries were checked; may be null
	 * @param empty what the listing says when it has no entries
	 */
	public record Listing(String title, String number, LocalDate date, String note, List<Entry> entries, String empty)
			implements Part {

		public Listing {
			entries = entries == null ? List.of() : List.copyOf(entries);
		}

	}

	/** One row of a listing: a label on the left and lines of text on the right. */
	public record Entry(String label, List<String> lines) {

		public Entry {
			lines = lines == null ? List.of() : List.copyOf(lines);
		}

	}

}
