/**
 * The letterhead set inside a table: ft.dk's text renditions print the ministry's sidebar (date, name, address,
 * `Tel.`, `Mail`, `CVR-nr.`, `Sagsnr.` and their values) wherever its text falls on the page — often between a
 * table's heading row and its rows. Roles know some of its lines by their form (the date, `1216 København K`, an
 * e-mail, `www.…`); the short lines between two such lines, and the values its labels still owe after them, are the
 * letterhead's too, where the block holds one of its labels (`Tel.`, `Sagsnr.`). Asked only for a table that does
 * not read with them (the callers then read it without them): a table that reads as it stands keeps its lines, since
 * a table's own cells between two lines of a letterhead's form are not told from the letterhead's by form alone.
 */
import type { LayoutLine } from '../../tree.js';
/**
 * The unmarked lines of `lines[from..to)` that belong to a letterhead set inside it: those between two known
 * letterhead lines (at most `MAX_BETWEEN` apart, each of a letterhead line's form), then as many lines of a
 * letterhead value's form as the block's labels still owe. Empty when there is no such block.
 */
export declare function letterheadInTable(lines: readonly LayoutLine[], from: number, to: number): Set<LayoutLine>;
//# sourceMappingURL=letterhead-in-table.d.ts.map