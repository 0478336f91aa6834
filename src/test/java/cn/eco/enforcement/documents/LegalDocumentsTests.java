package cn.eco.enforcement.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LegalDocumentsTests {

	private static final LegalDocuments documents = new LegalDocuments();

	private static final String FACTS = "2026年3月5日，我局执法人员对你单位进行现场检查，发现你单位1号燃煤锅炉废气排放口"
			+ "颗粒物排放浓度为45.6mg/m³，超过《锅炉大气污染物排放标准》（GB 13271-2014）规定的排放限值（30mg/m³），"
			+ "除尘设施未正常运行。";

	@ParameterizedTest
	@EnumSource(DocumentKind.class)
	void printsTheTitleTheCaseNumberThePartyAndTheFacts(DocumentKind kind) throws IOException {
		byte[] pdf = documents.render(kind, sample());
		writeForReview("", kind, pdf);

		String text = textOf(pdf);
		assertThat(text).startsWith("襄阳市生态环境局" + kind.title())
			.contains("襄环罚〔2026〕12号", "襄阳汉江化工有限公司", compact(FACTS))
			.endsWith(kind == DocumentKind.FILING_APPROVAL ? "日期2026年3月20日" : "襄阳市生态环境局2026年3月20日")
			.doesNotContain("null");
	}

	@ParameterizedTest
	@EnumSource(value = DocumentKind.class, names = "FILING_APPROVAL", mode = EnumSource.Mode.EXCLUDE)
	void signsWithTheAuthorityAndTheDateAtTheBottomRight(DocumentKind kind) throws IOException {
		List<List<TextPosition>> lines = new ArrayList<>(linesOf(documents.render(kind, sample())));
		List<TextPosition> authority = lines.get(lines.size() - 2);
		List<TextPosition> date = lines.get(lines.size() - 1);

		float middle = PDRectangle.A4.getWidth() / 2;
		assertThat(authority.get(0).getXDirAdj()).isGreaterThan(middle);
		assertThat(date.get(0).getXDirAdj()).isGreaterThan(middle);
		assertThat(date.get(0).getYDirAdj()).isGreaterThan(authority.get(0).getYDirAdj());
	}

	@ParameterizedTest
	@EnumSource(value = DocumentKind.class, names = { "PRIOR_NOTICE", "PENALTY_DECISION" })
	void statesTheFineInChineseCapitalsAndInFigures(DocumentKind kind) throws IOException {
		String text = textOf(documents.render(kind, sample()));

		assertThat(text).contains("罚款人民币伍万元整（¥50,000.00）", "《中华人民共和国大气污染防治法》第九十九条第二项");
	}

	@Test
	void decisionTellsHowToPayWhatLatePaymentCostsAndHowToAppeal() throws IOException {
		String text = textOf(documents.render(DocumentKind.PENALTY_DECISION, sample()));

		assertThat(text).contains("自收到本处罚决定书之日起15日内", "指定银行", "中国工商银行襄阳分行",
				"每日按罚款数额的百分之三加处罚款", "六十日内依法申请行政复议", "六个月内依法向人民法院提起行政诉讼");
	}

	@Test
	void decisionPrintsTheRemediesGivenInsteadOfTheStandardText() throws IOException {
		CaseDocument data = withRemedies(sample(), "如不服本决定，可在六十日内向襄阳市人民政府申请行政复议。");

		String text = textOf(documents.render(DocumentKind.PENALTY_DECISION, data));

		assertThat(text).contains("向襄阳市人民政府申请行政复议").doesNotContain("六个月内");
	}

	@Test
	void priorNoticeOffersAHearingOnlyWhenThePartyIsEntitledToOne() throws IOException {
		assertThat(textOf(documents.render(DocumentKind.PRIOR_NOTICE, sample()))).contains("5日内", "要求举行听证");

		CaseDocument noHearing = new CaseDocument("襄环罚〔2026〕13号", "襄阳市生态环境局", LocalDate.of(2026, 3, 20),
				"襄阳汉江化工有限公司", null, null, null, FACTS, List.of(), null, null, new BigDecimal("2000"), null, null,
				List.of(), null, null, 3, false, 15, null, null, null);
		assertThat(textOf(documents.render(DocumentKind.PRIOR_NOTICE, noHearing))).contains("3日内")
			.doesNotContain("听证");
	}

	@Test
	void correctionOrderStatesWhatToCorrectAndTheDeadline() throws IOException {
		String text = textOf(documents.render(DocumentKind.CORRECTION_ORDER, sample()));

		assertThat(text).contains("立即停止超标排放", "2026年4月30日前改正完毕");
	}

	@Test
	void filingApprovalFormHasTheRowsOfThePaperForm() throws IOException {
		String text = textOf(documents.render(DocumentKind.FILING_APPROVAL, sample()));

		assertThat(text).contains("案由", "当事人", "案件来源", "简要案情", "承办人意见", "审批意见", "审批人", "日期",
				"涉嫌违反《中华人民共和国大气污染防治法》第十八条案", "建议立案调查", "王强、刘洋", "同意立案", "陈军",
				"案件来源污染源在线监测告警（2026-03-18，编号MON-88000001），经执法检查确认");
	}

	@ParameterizedTest
	@EnumSource(DocumentKind.class)
	void longFactsFlowOntoFurtherPagesWithoutLosingText(DocumentKind kind) throws IOException {
		String facts = longFacts();
		CaseDocument data = withFacts(sample(), facts);

		byte[] pdf = documents.render(kind, data);
		writeForReview("long", kind, pdf);

		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
		}
		assertThat(textOf(pdf)).contains(compact(facts));
	}

	@Test
	void wrapsLongParagraphsByCharacterWidthWithinTheMargins() throws IOException {
		byte[] pdf = documents.render(DocumentKind.PENALTY_DECISION, withFacts(sample(), longFacts()));

		Collection<List<TextPosition>> lines = linesOf(pdf);
		float left = 28 / 25.4f * 72;
		float right = PDRectangle.A4.getWidth() - 26 / 25.4f * 72;
		float hangingPunctuation = 14.5f;
		assertThat(lines).allSatisfy((line) -> {
			assertThat(line.get(0).getXDirAdj()).isGreaterThanOrEqualTo(left - 0.5f);
			assertThat(end(line.get(line.size() - 1))).isLessThanOrEqualTo(right + hangingPunctuation);
			assertThat(line.get(0).getUnicode()).as("first character of a line").isNotIn("，", "。", "、", "；", "：", "）", "》");
		});
		assertThat(lines.stream().filter((line) -> end(line.get(line.size() - 1)) > right - 1))
			.as("justified lines that reach the right margin")
			.hasSizeGreaterThan(50);
	}

	@ParameterizedTest
	@EnumSource(DocumentKind.class)
	void embedsASubsetOfTheChineseFontAndStaysSmall(DocumentKind kind) throws IOException {
		byte[] pdf = documents.render(kind, sample());

		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<PDFont> fonts = new ArrayList<>();
			for (PDPage page : document.getPages()) {
				for (COSName name : page.getResources().getFontNames()) {
					fonts.add(page.getResources().getFont(name));
				}
			}
			assertThat(fonts).isNotEmpty().allSatisfy((font) -> {
				assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
				assertThat(font.getName()).as("subset font name").matches("[A-Z]{6}\\+NotoSansSC-(Regular|Bold)");
			});
		}
		assertThat(pdf.length).as("bytes of a one- or two-page document").isLessThan(1_000_000);
	}

	@ParameterizedTest
	@EnumSource(DocumentKind.class)
	void printsMissingValuesAsBlanksToFillIn(DocumentKind kind) throws IOException {
		CaseDocument bare = new CaseDocument(null, null, null, "襄阳汉江化工有限公司", null, null, null, null, null, null, null,
				null, null, null, null, null, null, 0, false, 0, null, null, null);

		String text = textOf(documents.render(kind, bare));

		assertThat(text).contains("襄阳汉江化工有限公司", kind.title(), "年月日").doesNotContain("null");
	}

	@Test
	void printsCharactersTheFontLacksAsBoxesInsteadOfFailing() throws IOException {
		CaseDocument data = withFacts(sample(), "现场发现标识牌破损\uD83D\uDEA7。");

		String text = textOf(documents.render(DocumentKind.PENALTY_DECISION, data));

		assertThat(text).contains("现场发现标识牌破损□。");
	}

	@Test
	void refusesToRenderWithoutKindDataOrPartyName() {
		assertThatThrownBy(() -> documents.render(null, sample())).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("kind of document");
		assertThatThrownBy(() -> documents.render(DocumentKind.PENALTY_DECISION, null))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("case data");
		CaseDocument noParty = new CaseDocument("襄环罚〔2026〕12号", "襄阳市生态环境局", null, " ", null, null, null, FACTS,
				null, null, null, null, null, null, null, null, null, 0, false, 0, null, null, null);
		assertThatThrownBy(() -> documents.render(DocumentKind.PENALTY_DECISION, noParty))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("party's name");
	}

	@Test
	void namesTheFileAfterTheCaseNumberAndTheTitle() {
		assertThat(DocumentKind.PENALTY_DECISION.fileName("襄环罚〔2026〕12号")).isEqualTo("襄环罚〔2026〕12号-行政处罚决定书.pdf");
		assertThat(DocumentKind.CORRECTION_ORDER.fileName("襄环/改 12")).isEqualTo("襄环改 12-责令改正违法行为决定书.pdf");
		assertThat(DocumentKind.FILING_APPROVAL.fileName(null)).isEqualTo("立案审批表.pdf");
	}

	static CaseDocument sample() {
		return new CaseDocument("襄环罚〔2026〕12号", "襄阳市生态环境局", LocalDate.of(2026, 3, 20), "襄阳汉江化工有限公司",
				"91420600MA49XY1234", "湖北省襄阳市高新技术产业开发区汉江路88号", "张建国", FACTS,
				List.of("现场检查（勘察）笔录", "调查询问笔录", "自动监控数据及比对监测报告", "现场照片12张"),
				"《中华人民共和国大气污染防治法》第十八条", "《中华人民共和国大气污染防治法》第九十九条第二项", new BigDecimal("50000"),
				"立即停止超标排放大气污染物，对除尘设施进行检修，确保颗粒物稳定达标排放", LocalDate.of(2026, 4, 30),
				List.of("王强", "刘洋"), "当事人涉嫌超标排放大气污染物，事实基本清楚，建议立案调查。", "陈军", 5, true, 15,
				"襄阳市财政局非税收入汇缴结算户，中国工商银行襄阳分行营业部，账号1804000000000000001", null,
				"污染源在线监测告警（2026-03-18，编号 MON-88000001），经执法检查确认");
	}

	/** About 3,000 characters, each sentence numbered so that a lost or repeated line shows. */
	private static String longFacts() {
		return IntStream.rangeClosed(1, 40)
			.mapToObj((i) -> "第" + i + "次复查时，执法人员调取了自动监控数据，1号锅炉颗粒物小时均值为" + (40 + i)
					+ ".5mg/m³，仍超过排放限值，除尘设施压差异常，企业未能提供设施运行维护记录。")
			.collect(Collectors.joining());
	}

	private static CaseDocument withFacts(CaseDocument d, String facts) {
		return new CaseDocument(d.caseNumber(), d.authorityName(), d.issuedOn(), d.partyName(), d.partyCreditCode(),
				d.partyAddress(), d.legalRepresentative(), facts, d.evidence(), d.violatedProvision(), d.penaltyProvision(),
				d.fineAmount(), d.correctionDemand(), d.correctionDeadline(), d.officers(), d.filingOpinion(), d.approver(),
				d.statementDays(), d.hearingRight(), d.paymentDays(), d.paymentAccount(), d.remedies(), d.caseSource());
	}

	private static CaseDocument withRemedies(CaseDocument d, String remedies) {
		return new CaseDocument(d.caseNumber(), d.authorityName(), d.issuedOn(), d.partyName(), d.partyCreditCode(),
				d.partyAddress(), d.legalRepresentative(), d.facts(), d.evidence(), d.violatedProvision(),
				d.penaltyProvision(), d.fineAmount(), d.correctionDemand(), d.correctionDeadline(), d.officers(),
				d.filingOpinion(), d.approver(), d.statementDays(), d.hearingRight(), d.paymentDays(), d.paymentAccount(),
				remedies, d.caseSource());
	}

	/** The text of all pages without whitespace and without the page numbers (— 1 —). */
	private static String textOf(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			return compact(text).replaceAll("—\\d+—", "");
		}
	}

	private static String compact(String text) {
		return text.replaceAll("(?U)\\s+", "");
	}

	/** The glyphs of each line of text, page by page, left to right (page numbers left out). */
	private static Collection<List<TextPosition>> linesOf(byte[] pdf) throws IOException {
		Map<String, List<TextPosition>> lines = new LinkedHashMap<>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper() {
				@Override
				protected void processTextPosition(TextPosition text) {
					if (!text.getUnicode().isBlank() && text.getYDirAdj() < 780) {
						String line = getCurrentPageNo() + "@" + Math.round(text.getYDirAdj());
						lines.computeIfAbsent(line, (key) -> new ArrayList<>()).add(text);
					}
				}
			};
			stripper.getText(document);
		}
		lines.values().forEach((line) -> line.sort(Comparator.comparing(TextPosition::getXDirAdj)));
		return lines.values();
	}

	private static float end(TextPosition glyph) {
		return glyph.getXDirAdj() + glyph.getWidthDirAdj();
	}

	/** Keeps a sample in target/documents (long ones in a sub-folder) for a reviewer to look at. */
	private static void writeForReview(String subfolder, DocumentKind kind, byte[] pdf) throws IOException {
		Path folder = Path.of("target", "documents", subfolder);
		Files.createDirectories(folder);
		Files.write(folder.resolve(kind.fileName("襄环罚〔2026〕12号")), pdf);
	}

}
