/**
 * Row by row, one cell per line, with columns of text beside the values (`Projekt` `Ansvarlig` `Beløb` / `Cykelsti
 * A` `Vejdirektoratet` `12,5` / …, or `Projekt` `Beløb` `Status` / `Cykelsti A` `12,5` `Afsluttet` / …): each row's
 * text lines are its label and its text cells, not one label wrapped. Part of the `cell-per-line` reader.
 */
import type { Table } from 'mdast';
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
export declare function textColumns(lines: readonly string[]): Table | undefined;
//# sourceMappingURL=text-columns.d.ts.map