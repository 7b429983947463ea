import { type PdfLine } from './lines.js';
/** Whether the page may hold a list with drawn bullets: a line ending in `:` and, right below, an indented line without a bullet of text. */
export declare function mayHaveDrawnBullets(lines: readonly PdfLine[]): boolean;
/** The page's lines, those with a drawn mark right before their text starting with a `•` run at the mark. */
export declare function withDrawnBullets(lines: readonly PdfLine[], marks: ReadonlyArray<readonly [number, number, number, number]>): PdfLine[];
//# sourceMappingURL=bullets.d.ts.map