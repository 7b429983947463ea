/** A line at least this long may be a glued letter (one paragraph a line runs to ~1,300 in the corpus, so signs decide). */
export declare const GLUED_LETTER_LINE = 400;
/** Signs of glued letter parts a line needs before it is cut: one stray gap or heading in a paragraph cuts nothing. */
export declare const MIN_GLUED_SIGNS = 3;
/** Labelled letterhead cells, each before a wide gap, that make a flattened label column (`Dato:`, `Kontor:`, `J.nr.:`). */
export declare const MIN_GAPPED_LABELS = 3;
/** Glued fields that make a line a letterhead's column run together (one may be a writer's own missing space). */
export declare const MIN_GLUED_FIELDS = 3;
/** Whether a text shows words broken so (`STRANDED_LETTER`) often enough (`MIN_STRANDED_LETTERS`) to join them. */
export declare function showsStrandedLetters(text: string): boolean;
/**
 * A line's words broken so joined, where the document shows them (`showsStrandedLetters`): a line may hold one
 * alone, as a cover line's date (`af 3. febr   u- ar 2006.`).
 */
export declare function withStrandedLettersJoined(line: string): string;
/**
 * The lines a reader sees in one source line: the line itself unless it is a glued letter (long, with several
 * signs of letter parts) or a flattened label column. Pieces keep their own inner spacing; words a glued letter's
 * justification broke apart are joined (`joinStrandedLetters`).
 */
export declare function unglueLetterLine(line: string): string[];
//# sourceMappingURL=unglue-lines.d.ts.map