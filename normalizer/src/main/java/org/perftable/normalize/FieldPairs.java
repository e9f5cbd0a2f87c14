package org.perftable.normalize;

import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Reads label/value cells printed side by side ({@code 填报人 | 黄文韬 | 联系电话 | …}). A cell is a
 * label when it is a known label or no label is waiting for its value; a label followed by another
 * label has no value (null).
 */
final class FieldPairs {

    static final Set<String> KNOWN_LABELS = Set.of("部门名称", "部门（单位）名称", "单位名称", "填报人", "联系电话",
            "财政供养人员数", "下属二级单位数", "项目名称", "项目编码", "项目主管部门", "项目执行单位", "项目负责人",
            "单位地址", "邮政编码", "项目属性", "支出项目类别", "起始年度", "终止年度", "项目立项依据", "项目实施方案",
            "项目总预算", "项目当年预算", "项目前两年预算及当年预算变动情况", "主管部门", "主管部门及代码", "主管部门（及代码）",
            "实施单位",
            "项目负责人及电话", "联系人", "填报日期");

    private FieldPairs() {
    }

    /** Whether a key is a head label: of the seeds' forms, of the vocabulary's head section, or a department's name or text field. */
    static boolean isKnown(String key) {
        if (KNOWN_LABELS.contains(key) || Vocabulary.standard().role(Vocabulary.Section.HEAD, key) != null) {
            return true;
        }
        String department = Vocabulary.standard().role(Vocabulary.Section.DEPARTMENT, key);
        return "department".equals(department) || "text".equals(department);
    }

    /** A cell holding a known label and its value together ({@code 项目负责人：张三}), or null. */
    static String[] pairInCell(String text) {
        int colon = indexOfColon(text);
        if (colon <= 0 || colon == text.length() - 1) {
            return null;
        }
        String label = Labels.key(text.substring(0, colon));
        return isKnown(label) ? new String[] {label, text.substring(colon + 1).strip()} : null;
    }

    private static int indexOfColon(String text) {
        int ascii = text.indexOf(':');
        int wide = text.indexOf('：');
        return ascii < 0 ? wide : wide < 0 ? ascii : Math.min(ascii, wide);
    }

    static void read(RowText row, BiConsumer<String, String> field) {
        String label = null;
        for (CellText cell : row.cells()) {
            String[] pair = pairInCell(cell.text());
            if (pair != null && (label == null || isKnown(pair[0]))) {
                if (label != null) {
                    field.accept(label, null);
                }
                field.accept(pair[0], pair[1]);
                label = null;
                continue;
            }
            if (label == null || isKnown(cell.key())) {
                if (label != null) {
                    field.accept(label, null);
                }
                label = cell.key();
            } else {
                field.accept(label, cell.text());
                label = null;
            }
        }
        if (label != null) {
            field.accept(label, null);
        }
    }
}
