/**
 * The `period-blocks` text table reader: a table too wide for the page, its columns headed by years or period codes
 * (`2019K1`, `2020M03`), set row by row in blocks — each block a line of headings (`11K2 11K3 … 14K2`) and, for each
 * row, a line of as many values — and each block repeating the row labels. The labels stand on lines of their own
 * or lead their values (`Hovedstaden 10 11 12`); a line before the first block may head the label column
 * (`1.000 fuldtids-` / `beskæftigede`). Where the rendition set a block's labels before or after its headings does
 * not matter: the labels are read in order, and every block must repeat them, which is the evidence that the blocks
 * are one table. One block alone is read too, where its labels are on lines of their own (`Hele landet` / `2019K1
 * 2019K2 …` / `443,2 440,0 …`), which `row-wise` cannot read.
 */
import type { Table } from 'mdast';
/**
 * A table when the lines are blocks of a line of headings (years or period codes, rising through all the blocks)
 * and as many rows of values each, the row labels the same in every block.
 */
export declare function periodBlocks(lines: readonly string[]): Table | undefined;
//# sourceMappingURL=period-blocks.d.ts.map