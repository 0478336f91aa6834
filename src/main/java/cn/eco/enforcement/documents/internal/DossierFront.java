package cn.eco.enforcement.documents.internal;

import java.util.ArrayList;
import java.util.List;

import cn.eco.enforcement.documents.CaseDossier;
import cn.eco.enforcement.documents.CaseDossier.Cover;
import cn.eco.enforcement.documents.CaseDossier.Part;

/** The front matter of a dossier: the cover (封面) and the table of contents (卷内目录). */
final class DossierFront {

	private static final String NONE = "—";

	private DossierFront() {
	}

	/** The cover, stating how many pages the volume has in all. */
	static List<Block> cover(Cover cover, int totalPages) {
		List<Block> blocks = new ArrayList<>(List.of(Block.space(2), Block.centered(text(cover.handlingUnit()), Style.AUTHORITY),
				Block.centered("行政处罚案卷", Style.TITLE)));
		if (cover.provisional()) {
			blocks.add(Block.centered("（未结案 · 临时案卷，结案后以正式案卷为准）", Style.HEADING));
		}
		blocks.add(Block.space(1));
		blocks.add(Block.table(List.of(row("案号", cover.caseNumber()), row("当事人", cover.partyName()),
				row("案由", cover.cause()), row("立案日期", Wording.date(cover.filedOn())),
				row("结案日期", cover.provisional() ? "未结案" : Wording.date(cover.closedOn())),
				row("承办单位", cover.handlingUnit()), row("承办人", String.join("、", cover.officers())),
				row("保管期限", cover.retention()), row("本卷页数", "共 " + totalPages + " 页"))));
		return blocks;
	}

	/** The table of contents: each part with its number, date and the page where it starts. */
	static List<Block> contents(List<Part> parts, List<Integer> startPages) {
		List<List<String>> rows = new ArrayList<>();
		for (int i = 0; i < parts.size(); i++) {
			Part part = parts.get(i);
			rows.add(List.of(String.valueOf(i + 1), part.title(), text(part.number()),
					part.date() == null ? NONE : part.date().toString(), String.valueOf(startPages.get(i))));
		}
		return List.of(Block.centered("卷内目录", Style.TITLE), Block.space(0.5f),
				new ColumnTable(List.of(3.6f, 13.4f, 11f, 7f, 4f), List.of("序号", "题名", "文号", "日期", "页号"), rows));
	}

	/** A listing of the dossier: heading, note, then a bordered row per entry. */
	static List<Block> listing(CaseDossier.Listing listing) {
		List<Block> blocks = new ArrayList<>(List.of(Block.centered(listing.title(), Style.TITLE), Block.space(0.5f)));
		if (!Wording.isBlank(listing.note())) {
			blocks.add(Block.line(listing.note()));
			blocks.add(Block.space(0.3f));
		}
		if (listing.entries().isEmpty()) {
			blocks.add(Block.paragraph(text(listing.empty())));
			return blocks;
		}
		blocks.add(Block.entries(listing.entries().stream()
			.map(e -> new FormTable.Row(text(e.label()), e.lines().isEmpty() ? List.of(NONE) : e.lines(), 1))
			.toList()));
		return blocks;
	}

	private static FormTable.Row row(String label, String value) {
		return new FormTable.Row(label, List.of(text(value)), 2);
	}

	private static String text(String value) {
		return Wording.isBlank(value) ? NONE : value.strip();
	}

}
