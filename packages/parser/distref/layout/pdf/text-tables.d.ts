/**
 * The PDF layout's fallback for tables: what positions could not build is read as the text path reads it
 * (`layout/text/tables.ts`).
 */
import { type LayoutItem, type LayoutLine } from '../../tree.js';
/**
 * Tables that positions could not build (set one cell per line, as a printed text rendition has them) are read
 * as the text path reads them — or kept as a table flagged `table-layout-lost`, not as loose paragraphs. Only runs
 * of lines between the tables already built are looked at.
 */
export declare function withTextTables(items: readonly LayoutItem[]): LayoutItem[];
/**
 * Each run of lines between the tables already built, given to `read` (the tables kept where they stand), with whether
 * a built table follows it: what the text path does to its lines, done to a PDF's laid-out lines without reading
 * across a table.
 */
export declare function mapLineRuns(items: readonly LayoutItem[], read: (run: LayoutLine[], beforeTable: boolean) => LayoutItem[]): LayoutItem[];
//# sourceMappingURL=text-tables.d.ts.map