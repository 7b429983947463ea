import { tableNode } from '../../../util/mdast-table.js';
import { isLabelValueRun, labelAndValue } from '../table-lines.js';
/** A table when every line is a label and one value. */
export function labelValue(lines) {
    if (!isLabelValueRun(lines))
        return undefined;
    return tableNode(lines.map((line) => labelAndValue(line)));
}
//# sourceMappingURL=label-value.js.map