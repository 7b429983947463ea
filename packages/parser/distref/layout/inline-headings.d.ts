/**
 * A heading with its text on the same line — `Svar: Det er korrekt, at …`, `Spørgsmål nr. 128: ”Vil ministeren …` —
 * as some letters set them (a bold run-in heading) and some renditions glue them. The line is cut in two, the
 * heading and its text, both keeping the line's place in the source, so that the heading reads as one.
 *
 * Older ft.dk renditions glue whole paragraphs into one line, headings and all: `… som hermed besvares.Spørgsmål
 * 369:`, `… tilDanmark?Svar`, `… 2007?”Svar: FødevareErhverv har …`. Such a line is first cut where a heading
 * begins right after a sentence's end.
 */
import { type LayoutItem } from '../tree.js';
/**
 * The line's text cut where glued headings (or a quoted question) begin; one piece when there is none. `open` are
 * the quotations the paragraph's earlier lines left open (closing marks, as `openQuotes` gives them).
 */
export declare function cutGluedHeadings(text: string, open?: readonly string[]): string[];
export declare function splitRunInHeadings(items: readonly LayoutItem[]): LayoutItem[];
//# sourceMappingURL=inline-headings.d.ts.map