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

    static void read(RowText row, BiConsumer<String, String> field) {
        String label = null;
        for (CellText cell : row.cells()) {
            if (label == null || KNOWN_LABELS.contains(cell.key())) {
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
