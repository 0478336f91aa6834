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
 * The monthly table as files for Excel: CSV in UTF-8 with a byte-order mark (so Excel reads the
 * Chinese headers) and XLSX. Both hold the inspector rows and a last 合计 row.
 */
final class TableExport {

	static final String TITLE = "执法人员监督检查工作统计表";

	static final List<String> HEADERS = List.of("执法人员账号", "姓名", "中队", "分局", "检查企业数", "发现问题数", "检查记录数",
			"收集案源数", "办理案件数", "立案数");

	private TableExport() {
	}

	static byte[] csv(MonthlyTable table) {
		StringBuilder csv = new StringBuilder("\uFEFF");
		line(csv, HEADERS.stream().map(h -> (Object) h).toList());
		rows(table).forEach(row -> line(csv, row));
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	static byte[] xlsx(MonthlyTable table) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(table.month().toString());
			XSSFCellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			sheet.createRow(0).createCell(0).setCellValue(TITLE + "（" + table.month() + "）");
			sheet.getRow(0).getCell(0).setCellStyle(bold);
			Row header = sheet.createRow(1);
			for (int i = 0; i < HEADERS.size(); i++) {
				header.createCell(i).setCellValue(HEADERS.get(i));
				header.getCell(i).setCellStyle(bold);
			}
			int r = 2;
			for (List<Object> values : rows(table)) {
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
			for (int i = 0; i < HEADERS.size(); i++) {
				sheet.setColumnWidth(i, (i < 4 ? 16 : 11) * 256);
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
					m.casesFiled()));
		}
		UnitMonth t = table.total();
		rows.add(List.of("合计", "", "", "", t.enterprisesInspected(), t.problemsFound(), t.inspectionRecords(),
				t.caseLeads(), t.casesHandled(), t.casesFiled()));
		return rows;
	}

	private static void line(StringBuilder csv, List<Object> values) {
		for (int i = 0; i < values.size(); i++) {
			String value = String.valueOf(values.get(i));
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
