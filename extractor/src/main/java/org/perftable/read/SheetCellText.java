package org.perftable.read;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Date1904Support;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The text a spreadsheet cell shows: formulas evaluated (the result saved with the file where POI
 * cannot evaluate them), number formats applied, line breaks as "\n", stripped.
 *
 * <p>Two gaps in POI's {@link DataFormatter} matter for Chinese forms and are repaired here:
 * <ul>
 *   <li>Excel writes literal text in date formats in quotes, {@code yyyy"年"m"月"d"日"}; POI keeps the
 *       quotes ({@code 2024"年"1"月"9"日"}).</li>
 *   <li>Simplified Chinese Excel saves its own built-in date formats by number only (27–36, 50–58,
 *       e.g. 31 for {@code yyyy"年"m"月"d"日"}); POI knows 27–36 as {@code reserved-0x1F} and prints
 *       {@code reserved-45300x1F}, and 50–58 not at all (General). The date formats among them get
 *       their zh-CN patterns; the time formats, which POI cannot format, show as General.</li>
 * </ul>
 */
final class SheetCellText {

    /** Simplified Chinese Excel's built-in date formats that POI leaves as "reserved-0x..". */
    private static final Map<Integer, String> ZH_CN_BUILTIN_DATES = Map.ofEntries(
            Map.entry(27, "yyyy\"年\"m\"月\""),
            Map.entry(28, "m\"月\"d\"日\""),
            Map.entry(29, "m\"月\"d\"日\""),
            Map.entry(30, "m-d-yy"),
            Map.entry(31, "yyyy\"年\"m\"月\"d\"日\""),
            Map.entry(36, "yyyy\"年\"m\"月\""),
            Map.entry(50, "yyyy\"年\"m\"月\""),
            Map.entry(51, "m\"月\"d\"日\""),
            Map.entry(52, "yyyy\"年\"m\"月\""),
            Map.entry(53, "m\"月\"d\"日\""),
            Map.entry(54, "m\"月\"d\"日\""),
            Map.entry(57, "yyyy\"年\"m\"月\""),
            Map.entry(58, "m\"月\"d\"日\""));

    /** A quoted literal without ASCII letters or apostrophes: safe to write unquoted in a date pattern. */
    private static final Pattern PLAIN_LITERAL = Pattern.compile("\"([^\"A-Za-z']*)\"");

    private final DataFormatter formatter = new DataFormatter(Locale.CHINA);
    private final DataFormatter cachedFormatter = new DataFormatter(Locale.CHINA);
    private final FormulaEvaluator evaluator;
    private final boolean date1904;

    SheetCellText(Workbook workbook) {
        cachedFormatter.setUseCachedValuesForFormulaCells(true);
        evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        // a formula referring to another workbook shows its saved result, as Excel does
        evaluator.setIgnoreMissingWorkbooks(true);
        date1904 = workbook instanceof Date1904Support dates ? dates.isDate1904()
                : workbook instanceof HSSFWorkbook hssf && hssf.getInternalWorkbook().isUsing1904DateWindowing();
    }

    String of(Cell cell) {
        String value;
        try {
            value = formatter.formatCellValue(cell, evaluator);
        } catch (RuntimeException | StackOverflowError e) {
            // a formula POI cannot evaluate (unsupported function, cycle, depth): the saved result
            value = cachedFormatter.formatCellValue(cell);
        }
        String repaired = repairedDate(cell);
        if (repaired != null) {
            value = repaired;
        }
        return value.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    /** The cell's text where POI's own is wrong (see the class comment), else null. */
    private String repairedDate(Cell cell) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        CellStyle style = cell.getCellStyle();
        if (type != CellType.NUMERIC || style == null) {
            return null;
        }
        String format = style.getDataFormatString();
        boolean unknown = format == null || format.startsWith("reserved-");
        String pattern;
        if (unknown) {
            pattern = ZH_CN_BUILTIN_DATES.get(style.getDataFormat() & 0xFFFF);
            if (pattern == null) {
                return format == null ? null : formatter.formatRawCellContents(cell.getNumericCellValue(), 0, "General");
            }
        } else if (format.indexOf('"') >= 0) {
            pattern = format;
        } else {
            return null;
        }
        Matcher literals = PLAIN_LITERAL.matcher(pattern);
        pattern = literals.replaceAll(literal -> Matcher.quoteReplacement(literal.group(1)));
        double number = cell.getNumericCellValue();
        if (DateUtil.isADateFormat(-1, pattern) && DateUtil.isValidExcelDate(number)) {
            return formatter.formatRawCellContents(number, -1, pattern, date1904);
        }
        return unknown ? formatter.formatRawCellContents(number, 0, "General") : null;
    }
}
