/**
 * Phrases that a narrow column or a long word wrapped over two lines: `… besvarelse af` / `spørgsmål nr. 31 af`,
 * `Udvalget udbeder sig ministerens` / `besvarelse af …`.
 */
import { type FoundDate } from './dates.js';
/**
 * Whether `pattern` (not global) matches in `line`, or starts in `line` and runs on into `next`. A match that lies
 * wholly in `next` does not count: that line speaks for itself.
 */
export declare function startsOnLine(pattern: RegExp, line: string, next: string | undefined): boolean;
/**
 * `startsOnLine`, or `pattern` runs across a word the line end split, with or without its hyphen (`… besvarelse af
 * spørgs` / `mål nr. 948 …`, a soft hyphen the rendition lost; `spørgs-` / `mål`): the two lines joined with no space, where the line ends and the
 * next opens in lower case, and the match starts on `line` and reaches past its end. For the phrases that open a
 * letter, looked for line by line until found (a few lines: not every line of a document).
 */
export declare function startsOnSplitLine(pattern: RegExp, line: string, next: string | undefined): boolean;
/**
 * One pattern that matches wherever one of `patterns` does — they must share their flags — for `startsOnLine`:
 * `startsOnLine(anyOf(A, B), …)` is `startsOnLine(A, …) || startsOnLine(B, …)` (the leftmost match of the two is
 * the leftmost of either) with one scan of the line and of the two lines instead of one per pattern.
 */
export declare function anyOf(...patterns: readonly RegExp[]): RegExp;
/**
 * A printed letter's line of running text, in characters (A4 at 11–12 pt sets 75–95): what a span that rules count in
 * lines holds in a wide column. A narrow column (a rendition re-wrapped, a two-column page) sets the same words on
 * more lines.
 */
export declare const LINE_CHARS = 80;
/** A word broken at a line's end by a hyphen, printed or soft: `Mes-`, `Mes\u00AD`, `… jernbanesik-`. */
export declare const WORD_BROKEN_AT_END: RegExp;
/**
 * The lines from `from` that hold what `count` lines of a wide column hold: at least `count` lines (before `end`), and
 * more while the lines taken hold fewer than `count` × LINE_CHARS characters — the asker sentence over three lines at
 * 80 columns (`Spørgsmålet er stillet efter ønske fra, Lars Christian Lilleholt (V), Mikkel Den-` / …) runs over
 * five at 50. Lines longer than a printed line (a glued rendition's paragraphs) are counted as lines, as before. A span
 * ends at no word broken by a hyphen: the line that finishes the word is taken too.
 */
export declare function linesHolding<T extends {
    text: string;
}>(lines: readonly T[], from: number, count: number, end?: number): T[];
/**
 * A date that starts on a line and ends on the next, the line wrapped inside it: `… den 12.` / `september 2024`, `…
 * den 13. november` / `2023`. Its `index` is on `text`; undefined where the line does not end in a date's first part
 * or the next line does not finish it (`… side 7.` / `Det fremgår …`).
 */
export declare function dateOverLineEnd(text: string, next: string | undefined): FoundDate | undefined;
/**
 * Whether `line` holds the name whose party opens the next line, `next`: `Medlem af Folketinget Christoffer Aagaard
 * Melson` / `(V) har den 18. februar 2021 stillet …`. A narrow column wraps between a name and its party; the
 * sentence began on the name's line, though a title and a name are no prose by the measure of three lowercase words.
 */
export declare function nameBeforeParty(line: string, next: string): boolean;
//# sourceMappingURL=wrapped.d.ts.map