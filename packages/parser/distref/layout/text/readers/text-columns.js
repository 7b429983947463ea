import { tableNode } from '../../../util/mdast-table.js';
import { continues, isDataCell, isYearHeading, namesUnit } from '../table-lines.js';
/** Lines as runs of text lines each followed by data cells, and the text lines after the last data cell. */
function groupsOf(lines) {
    const groups = [];
    let current = { texts: [], values: [] };
    for (const line of lines) {
        const text = line.trim();
        if (isDataCell(text))
            current.values.push(text);
        else {
            if (current.values.length > 0) {
                groups.push(current);
                current = { texts: [], values: [] };
            }
            current.texts.push(text);
        }
    }
    if (current.values.length > 0)
        groups.push(current);
    return { groups, tail: current.values.length > 0 ? [] : current.texts };
}
/** Fewest groups after the first: the same count of text lines between every two runs of values is the evidence. */
const MIN_MORE_GROUPS = 2;
/** Why the text lines of a row were read as cells of their own. */
const BY_TEXT_COLUMNS = 'every row has as many text lines, none going on from the one before, and the header one heading for each and for each value: the text lines are cells of text columns, not a label wrapped';
/** A line that starts in lower case: running text, or a line that goes on from the one before. */
const LOWER_START = /^\p{Ll}/u;
/** Whether no line goes on from the one before (`continues`: a hyphen, an open end, lower case). */
const apart = (lines) => lines.every((line, at) => !LOWER_START.test(line) && (at === 0 || !continues(lines[at - 1] ?? '', line)));
/**
 * The table where each row is `before` text cells (one or more: its label first), its values, then `after` text
 * cells (none or more; two text cells at least in all), one line each: between every two runs of values as many
 * text lines (a row's after-cells and the next row's before-cells), none going on from the one before, and the
 * text lines after the last values the last row's after-cells. The header is one heading per column, none wrapped:
 * the first text lines, then the first row's before-cells (`Projekt` `Beløb` `Status` `Cykelsti A` `12,5`); or,
 * with no after-cells, one heading per text column over a run of years (`Pulje` `Modtager` `2022` `2023`). Flagged:
 * a label wrapped onto lines that start in capitals reads the same, but it would not leave its header a heading for
 * each line. Undefined unless so.
 */
export function textColumns(lines) {
    const { groups, tail } = groupsOf(lines);
    const [head, ...rest] = groups;
    const width = head?.values.length ?? 0;
    const after = tail.length;
    const before = (rest[0]?.texts.length ?? 0) - after;
    if (!head || width < 1 || before < 1 || before + after < 2 || rest.length < MIN_MORE_GROUPS)
        return undefined;
    if (!rest.every((group) => group.texts.length === before + after && group.values.length === width))
        return undefined;
    const columns = before + width + after;
    const yearHeader = after === 0 && head.texts.length === before && head.values.every((value) => isYearHeading(value));
    if (!yearHeader && head.texts.length !== columns + before)
        return undefined;
    const headings = yearHeader ? [...head.texts, ...head.values] : head.texts.slice(0, columns);
    // The text columns' headings name no unit (`Mio. kr.` over years heads a label column) and are no years.
    const textHeadings = [...headings.slice(0, before), ...headings.slice(before + width)];
    if (!apart(yearHeader ? head.texts : headings) || textHeadings.some((heading) => isYearHeading(heading) || namesUnit(heading)))
        return undefined;
    if (!rest.every((group) => apart(group.texts)) || !apart(tail) || (!yearHeader && !apart(head.texts.slice(columns))))
        return undefined;
    // The rows: each row's before-cells end a run of text lines, its after-cells start the next (or are the tail).
    const runs = yearHeader ? rest : [{ texts: head.texts.slice(columns), values: head.values }, ...rest];
    const rows = runs.map((run, at) => [
        ...run.texts.slice(at === 0 ? 0 : after),
        ...run.values,
        ...(runs[at + 1]?.texts.slice(0, after) ?? tail),
    ]);
    return { ...tableNode([headings, ...rows]), data: { orderInferred: BY_TEXT_COLUMNS } };
}
//# sourceMappingURL=text-columns.js.map