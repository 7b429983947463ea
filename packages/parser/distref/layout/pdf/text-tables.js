/**
 * The PDF layout's fallback for tables: what positions could not build is read as the text path reads it
 * (`layout/text/tables.ts`).
 */
import { isLayoutTable } from '../../tree.js';
import { TABLE_LABEL } from '../markers.js';
import { withTables } from '../text/tables.js';
/** The most lines a built table's label and caption take before it: the label's line and four of caption (`layout.ts`). */
const MAX_LABEL_LINES = 5;
/**
 * Tables that positions could not build (set one cell per line, as a printed text rendition has them) are read
 * as the text path reads them — or kept as a table flagged `table-layout-lost`, not as loose paragraphs. Only runs
 * of lines between the tables already built are looked at.
 */
export function withTextTables(items) {
    return mapLineRuns(items, readRun);
}
/**
 * A run's lines as the text path reads them. Right before a table that positions built, a label and its caption end
 * the run (the layout set them there: they are that table's). Where the text reader makes a table of no cells out of
 * them — a caption's last line that reads as a cell (`… opdelt efter specialeblok, pct., 2007-` / `2010`) — they stay
 * lines, for the built table to take as its label and caption.
 */
function readRun(run, beforeTable) {
    const read = withTables(run);
    const last = read.at(-1);
    if (!beforeTable || !last || !isLayoutTable(last) || last.table.data?.reader !== 'layout-lost')
        return read;
    let label = -1;
    for (let at = run.length - 1; at >= Math.max(0, run.length - MAX_LABEL_LINES) && label === -1; at--) {
        if (TABLE_LABEL.test(run[at].text))
            label = at;
    }
    return label === -1 ? read : [...withTables(run.slice(0, label)), ...run.slice(label)];
}
/**
 * Each run of lines between the tables already built, given to `read` (the tables kept where they stand), with whether
 * a built table follows it: what the text path does to its lines, done to a PDF's laid-out lines without reading
 * across a table.
 */
export function mapLineRuns(items, read) {
    const result = [];
    let run = [];
    const flush = (beforeTable) => {
        if (run.length > 0)
            result.push(...read(run, beforeTable));
        run = [];
    };
    for (const item of items) {
        if (isLayoutTable(item)) {
            flush(true);
            result.push(item);
        }
        else
            run.push(item);
    }
    flush(false);
    return result;
}
//# sourceMappingURL=text-tables.js.map