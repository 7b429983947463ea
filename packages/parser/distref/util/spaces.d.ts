/**
 * Spaces a word processor sets to keep words together — the no-break space, the figure space, the narrow no-break
 * space — which a reader reads as spaces.
 */
/**
 * `text` with its keep-together spaces as plain ones. Replaced only where one stands (`includes` is several times
 * cheaper than a replacement that finds nothing, Node 20): most texts hold none.
 */
export declare function withPlainSpaces(text: string): string;
//# sourceMappingURL=spaces.d.ts.map