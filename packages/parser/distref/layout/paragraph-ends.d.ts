/** A line of one to four words, the first capitalised, letters only and no stop: a section's title. */
export declare const TITLE_LINE: RegExp;
/** Typical width of a full line of running text, in characters. */
export declare function typicalWidth(texts: readonly string[]): number;
/** Whether a line ends a sentence: a full stop, question mark, colon or closing quote, not an abbreviation. */
export declare function endsSentence(text: string): boolean;
/**
 * Whether a line goes on with the sentence before it, whatever that line ended with: a sentence does not open in lower
 * case (`… udtalelsen fra` / `Kim Christiansen (DF)` / `i Politiken …`, `… den 26.` / `oktober 2014?`), nor with the
 * source of a quote in brackets that the sentence ends with.
 */
export declare function goesOn(next: string): boolean;
/**
 * Whether a line ends a sentence, the next line (if any) not going on with it (`goesOn`) — the test of a paragraph's
 * end that the text and PDF layouts share before each weighs the line's width. A headline's lead quoted before its
 * colon, the headline going on on the next line, ends none: `… af artiklen` / `”Laurbjerg:` / `Sænkning af
 * jernbanespor undersøges” på …`.
 */
export declare function sentenceEnds(text: string, next: string | undefined): boolean;
/**
 * Whether `text` ends its paragraph, given the column width and the next line's text (and the one after it, which
 * tells a title's line from a wrapped sentence's: `afterNext`).
 */
export declare function endsByWidth(text: string, next: string | undefined, width: number, afterNext?: string): boolean;
/** Whether the next line's first word would have fitted on `text`'s line, in a column `width` wide. */
export declare function nextWordFits(text: string, next: string, width: number): boolean;
/**
 * A line far longer than the column is a whole glued paragraph — unless it breaks off inside a sentence that the next
 * line goes on with in lower case (pdftotext writes a quotation's first lines as one long line, the rest as printed:
 * `… hvordan - dette arbejde` / `har fundet sted, og …`).
 */
export declare function isGluedParagraph(text: string, width: number, next?: string): boolean;
//# sourceMappingURL=paragraph-ends.d.ts.map