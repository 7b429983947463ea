/** The `column-major` text table reader: the cells listed column by column, each column's heading first. */
import type { Table } from 'mdast';
/**
 * Column by column, as some renditions list a table's cells:
 * `Faktisk antal be-` `skæftigede` `Kvindelige indvandrere …` `lande` `Kvindelige efterkommere …` `lande`
 * `82.667` `26.143` `Hypotetisk antal` `beskæftigede` `118.232` `31.238` `Forskel` `35.564` `5.095`.
 * Each column is its heading lines and a run of cells; every run has the same length, and the first column's
 * text lines read as the labels, one per value, and the headings (`firstColumn`) — or its cells are rising years
 * (`yearRows`). A table needs two rows: with one, each column's heading and value read as well as a row's label and
 * value. Anything less certain is left alone.
 */
export declare function columnMajor(lines: readonly string[]): Table | undefined;
//# sourceMappingURL=column-major.d.ts.map