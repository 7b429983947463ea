/**
 * Words split at a line end whose hyphen was lost. pdf.js drops a soft hyphen (U+00AD) from the text it extracts,
 * so a PDF that hyphenates with soft hyphens gives "Op" / "gørelsen"; some text renditions lost the hyphen the same
 * way ("eksem" / "pelvis"). Nothing in the text tells such a split from two words, except the document itself:
 * where it uses the whole word elsewhere ("opgørelsen") and never the two words side by side ("op gørelsen"), the
 * line end gets back a soft hyphen, which joining lines then removes (`util/hyphenation.ts`).
 */
import { type LayoutItem } from '../tree.js';
/**
 * Whether a rendition glues its paragraphs' lines, as older ft.dk renditions of PDF letters do: all but
 * Folketingstidende's § 20 pages (webarkiv.ft.dk, 1997–2007), web pages that set each paragraph on a line of its own
 * with no line end inside it — known by the address line under the question's number (`Til statsministeren (20/2
 * 04) af:`). `entries`: a layout's items, or the lines of a text before its layout.
 */
export declare function gluesParagraphs(entries: readonly (LayoutItem | string)[]): boolean;
/**
 * The hyphens inside each glued paragraph that the document's spelling settles (`settleInnerHyphens`), read before the
 * paragraph is cut at its run-in headings (`layout/inline-headings.ts`): a piece cut from a glued line is repaired as
 * the glued paragraph it came from, which joins a hyphen between lowercase letters as a line end — `efter Irak-krigen`
 * in a question glued to its heading and its answer, where the answer writes `at Irak med` (`namedStem`). A hyphen
 * kept here is the word's own in every piece; the others are left to the repair and to `markLostHyphens`.
 */
export declare function settleGluedHyphens(items: readonly LayoutItem[], paragraphLines?: boolean): readonly LayoutItem[];
/**
 * `settleGluedHyphens` of a text's lines before its layout, where a glued letter's line is cut into its parts
 * (`layout/text/unglue-lines.ts`, lines of `minLength` and longer) and each part repaired as glued: the hyphens the
 * document's spelling keeps (`Irak-krigen` beside `at Irak med`) are marked kept (`KEPT_HYPHEN`) in such lines first.
 * Not in a text that glues no paragraph (`gluesParagraphs`).
 */
export declare function settleGluedTextLines(lines: readonly string[], minLength: number): readonly string[];
/**
 * The items with a soft hyphen put back at each line end that splits a word the document uses whole, and the hyphens
 * the document's own spelling settles (`settleInnerHyphens`, `keepLineEndHyphen`). `paragraphLines`: the input is
 * known to set each paragraph on a line of its own and glue none (a Word document's HTML rendition,
 * `input/text.ts`), whatever `gluesParagraphs` reads.
 */
export declare function markLostHyphens(items: readonly LayoutItem[], paragraphLines?: boolean): LayoutItem[];
//# sourceMappingURL=lost-hyphens.d.ts.map