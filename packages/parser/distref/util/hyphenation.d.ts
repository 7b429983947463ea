/** The soft hyphen (U+00AD): a place a word may break, printed only where it does. */
export declare const SOFT_HYPHEN = "\u00AD";
/**
 * U+2060 (WORD JOINER) right after a hyphen: the hyphen is the word's own, set there by `layout/lost-hyphens.ts`
 * where the document writes the same compound with its hyphen inside a line (`to-` / `voksen-undervisning` beside
 * `to-voksen-undervisning`; `Gedser-Rostock-ruten` twice in a glued line). Kept at a line end, not joined inside a
 * glued line; the joiner itself is dropped from the joined text.
 */
export declare const KEPT_HYPHEN = "-\u2060";
/**
 * A soft hyphen followed by U+2063 (INVISIBLE SEPARATOR): a line end that `layout/lost-hyphens.ts` joined by the word's
 * shape alone, with nothing in the document to confirm it (`parlamen` / `tariske` in a rendition that dropped its soft
 * hyphens). Joined like a soft hyphen; the extractors that read the text warn `text-join-unsure` where they find it
 * (`joinedByGuess`).
 */
export declare const GUESSED_JOIN = "\u00AD\u2063";
/** Whether any of `lines` ends in a join guessed from the word's shape (`GUESSED_JOIN`). */
export declare function joinedByGuess<T extends {
    text: string;
}>(lines: readonly T[]): T | undefined;
/** Words that follow a suspended hyphen: `social- og indenrigsministeren`, `arbejds- eller`. */
export declare const SUSPENDED_FOLLOWERS: RegExp;
/** Whether `word` (the letters before a hyphen) is no syllable but a lowercase abbreviation: it holds no vowel. */
export declare function isVowelless(word: string): boolean;
/**
 * The run of letters before a line end's hyphen: `tv` in `… i tv-` (empty where `text` does not end in a hyphen after
 * a letter). Read back from the hyphen a letter at a time, not with an end-anchored pattern: a paragraph's text grows
 * with each line joined, and a pattern (`(?<!\p{L})\p{L}+(?=-$)`, whose match is this run: letters only, ending at the
 * last hyphen, starting where no letter stands before) would be tried at every word start of it, at every hyphen.
 */
export declare function wordBeforeHyphen(text: string): string;
/** Join two lines of one paragraph. */
export declare function joinPair(left: string, right: string): string;
/**
 * Older ft.dk renditions glue a paragraph's lines into one (`til,at`, `muligt.Jeg`, `sygedagpengemod-tagere`).
 * A line longer than any printed line is such a glued paragraph.
 */
export declare const GLUED_LINE_LENGTH = 160;
/** Whether a glued line kept its line ends as spaces (`procesbe- villingsnævnet … Rigsad- vokaten`). */
export declare function keptLineEndsAsSpaces(text: string): boolean;
/**
 * A piece cut from a line that kept its line ends as spaces (`keptLineEndsAsSpaces` said so of the whole line, though
 * the piece may hold only one: `… landsdelsdæk- kende tilbud`): its spaced line ends are joined and its hyphens without a
 * space kept as words' own (`Tønder-sagen`), so that a later `repairGlued` of the piece alone does not join them.
 */
export declare function repairSpacedLineEnds(piece: string): string;
/**
 * The pieces a glued line was cut into (at headings, at a letter's parts), each repaired as the glued paragraph it
 * came from though it is short (`besparel-ser` was a line end) — or, where `line` kept its line ends as spaces, with
 * those joined and its hyphens without a space kept (`repairSpacedLineEnds`).
 */
export declare function repairGluedPieces(line: string, pieces: readonly string[]): string[];
/**
 * Repair what gluing did: a comma or full stop before a word, and line-end hyphens between lowercase letters.
 * `glued` says the line was a glued paragraph (by default: it is longer than a printed line); a piece cut from one
 * (`layout/inline-headings.ts`) is short but glued all the same.
 */
export declare function repairGlued(line: string, glued?: boolean): string;
/** A capitalised word: `Europol`, `Nato`, `Laval`. */
export declare const NAME_WORD: RegExp;
/** Join the lines of one paragraph into running text, without soft hyphens. */
export declare function joinLines(lines: readonly string[]): string;
/**
 * Join lines each of which is a paragraph as its source set it (a web page's `<p>`, one a line): no line is a glued
 * one, however long, so none is repaired as one (`public service-medier` keeps its hyphen).
 */
export declare function joinWholeLines(lines: readonly string[]): string;
//# sourceMappingURL=hyphenation.d.ts.map