/** A cell holding `value` as text; the empty string makes an empty cell (no text node). */
export function tableCell(value) {
    return { type: 'tableCell', children: value === '' ? [] : [{ type: 'text', value }] };
}
/** A row of cells, one per value. */
export function tableRow(values) {
    return { type: 'tableRow', children: values.map(tableCell) };
}
/**
 * A table of rows of cell texts, the first row its header. Rows shorter than the widest are padded with empty
 * cells; `align` gives each column's alignment (none by default).
 */
export function tableNode(rows, align = () => null) {
    const width = Math.max(0, ...rows.map((cells) => cells.length));
    const padded = rows.map((cells) => [...cells, ...Array(width - cells.length).fill('')]);
    return {
        type: 'table',
        align: padded.length > 0 ? Array.from({ length: width }, (_, column) => align(column)) : [],
        children: padded.map(tableRow),
    };
}
//# sourceMappingURL=mdast-table.js.map