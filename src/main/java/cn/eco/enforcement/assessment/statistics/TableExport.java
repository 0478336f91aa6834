package cn.eco.enforcement.assessment.statistics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Monthly tables as files for Excel: CSV in UTF-8 with a byte-order mark (so Excel reads the
 * Chinese headers) and XLSX with a title row, bold headers and frozen panes. The inspector table
 * holds the inspector rows and a last 合计 row; the transmission report ({@link TransmissionReport})
 * uses the same writers.
 */
final class TableExport {

	static final String TITLE = "执法人员监督检查工作统计表";

	static final List<String> HEADERS = List.of("执法人员账号", "姓名", "中队", "分局", "检查企业数", "发现问题数", "检查记录数",
			"收集案源数", "办理案件数", "立案数", "秸秆焚烧处置数", "视频/河道巡查处置数", "群众举报处置数");

	private TableExport() {
	}

	static byte[] csv(MonthlyTable table) {
		return csv(HEADERS, rows(table));
	}

	static byte[] xlsx(MonthlyTable table) {
		return xlsx(TITLE, table.month().toString(), HEADERS, rows(table), 4);
	}

	/** A CSV file of the headers and rows. */
	static byte[] csv(List<String> headers, List<List<Object>> rows) {
		StringBuilder csv = new StringBuilder("\uFEFF");
		line(csv, headers.stream().map(h -> (Object) h).toList());
		rows.forEach(row -> line(csv, row));
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * An XLSX workbook: the title (with the month) in the first row, the headers in the second, then
	 * the rows; numbers stay numbers.
	 * @param textColumns how many leading columns hold names (drawn wider)
	 */
	static byte[] xlsx(String title, String month, List<String> headers, List<List<Object>> rows, int textColumns) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(month);
			XSSFCellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			sheet.createRow(0).createCell(0).setCellValue(title + "（" + month + "）");
			sheet.getRow(0).getCell(0).setCellStyle(bold);
			Row header = sheet.createRow(1);
			for (int i = 0; i < headers.size(); i++) {
				header.createCell(i).setCellValue(headers.get(i));
				header.getCell(i).setCellStyle(bold);
			}
			int r = 2;
			for (List<Object> values : rows) {
				Row row = sheet.createRow(r++);
				for (int i = 0; i < values.size(); i++) {
					if (values.get(i) instanceof Number number) {
						row.createCell(i).setCellValue(number.doubleValue());
					}
					else {
						row.createCell(i).setCellValue(values.get(i) == null ? "" : values.get(i).toString());
					}
				}
			}
			for (int i = 0; i < headers.size(); i++) {
				sheet.setColumnWidth(i, (i < textColumns ? 16 : 11) * 256);
			}
			sheet.createFreezePane(0, 2);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The inspector rows, then the total. */
	static List<List<Object>> rows(MonthlyTable table) {
		List<List<Object>> rows = new ArrayList<>();
		for (InspectorMonth m : table.inspectors()) {
			rows.add(List.of(m.inspector(), text(m.inspectorName()), text(m.squadronName()), text(m.branchName()),
					m.enterprisesInspected(), m.problemsFound(), m.inspectionRecords(), m.caseLeads(), m.casesHandled(),
					m.casesFiled(), m.strawBurningHandled(), m.patrolsHandled(), m.complaintsHandled()));
		}
		UnitMonth t = table.total();
		rows.add(List.of("合计", "", "", "", t.enterprisesInspected(), t.problemsFound(), t.inspectionRecords(),
				t.caseLeads(), t.casesHandled(), t.casesFiled(), t.strawBurningHandled(), t.patrolsHandled(),
				t.complaintsHandled()));
		return rows;
	}

	private static void line(StringBuilder csv, List<Object> values) {
		for (int i = 0; i < values.size(); i++) {
			String value = values.get(i) == null ? "" : String.valueOf(values.get(i));
			if (!(values.get(i) instanceof Number) && value.matches("^[=+\\-@].*")) {
				value = "'" + value; // never let Excel read a name as a formula
			}
			csv.append(i == 0 ? "" : ",")
				.append(value.matches(".*[\",\\r\\n].*") ? '"' + value.replace("\"", "\"\"") + '"' : value);
		}
		csv.append("\r\n");
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

}
