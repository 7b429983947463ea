/**
 * Quotation marks paired the way Danish letters set them, so that a question in quotes that itself quotes someone
 * (`”Hvad er regeringens svar til Robert, der spurgte: »Hvorfor …?«?”`) is read as one quotation with another inside
 * it, not as two. Styles: ”…”, "…" (the same mark opens and closes), »…«, „…“ and “…”.
 *
 * A mark that both opens and closes (”, ") is read by where it stands: after a space or the start (or a bracket,
 * dash, colon or another opening quote) and before a letter it opens; after text it closes the quotation it
 * matches. The scan is one pass over the text, linear in its length.
 */
/**
 * Whether `mark`, closing where `innermost` is the quotation left open, is the other of `"` and `”`: the writer closed
 * that quotation with the wrong mark (Danish letters mix the two), so it closes alone and the one outside stays open.
 */
export declare function isMixedClose(innermost: string | undefined, mark: string): boolean;
/**
 * The closing marks of the quotations still open after `text`, innermost last; `open` are those open before it
 * (carried over from earlier lines). An empty result: every quotation the text opened, it closed. `visit` is told
 * each mark's place and how many quotations are open after it.
 */
export declare function openQuotes(text: string, open?: readonly string[], visit?: (at: number, depth: number) => void): string[];
/**
 * Where the quotation that opens `text` closes: the index of its closing mark; undefined when the text does not open
 * with a quote, or the quotation stays open to its end (its closing mark lost).
 */
export declare function firstQuotationEnd(text: string): number | undefined;
/**
 * Whether `text` is one quotation from its first character to its last (a full stop after the closing mark
 * allowed): `”Vil ministeren …?”`, `”… spørgsmål: »Hvorfor …?«?”`. Not `”Vil … A?” og ”Vil … B?”`, where the first
 * quotation closes before the end.
 */
export declare function isWhollyQuoted(text: string): boolean;
//# sourceMappingURL=quotes.d.ts.map