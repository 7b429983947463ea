/**
 * Letter-spaced lines: a letterhead or a heading set with a space between every character, as a spaced-out font
 * comes through PDF-to-text — `K U L T U R M I N I S T E R I E T`, `J . N R . 2 0 0 4 - 6 0 8 6 - 3 0` (Kulturministeriet
 * 2004), `§ 2 0- SP Ø RG S M Å L T IL S K RI FT LIG BE S V A R E L S E` (the Folketing's § 20 question letters, where
 * the spacing comes through unevenly). Read as they stand, no finder knows the ministry, the case number or the
 * heading, and the line reads as text.
 *
 * Such a line is collapsed: its characters joined where a single space parts them; a gap of two or more spaces is
 * a word gap (one space). A table's row of one-letter cells, each between wide gaps, is left as it is. The word gaps a single-spaced line lost are not known; only a change between letters and digits is read as
 * one (`NYBROGADE2` → `NYBROGADE 2`, `J.NR.2004-6086-30` → `J.NR. 2004-6086-30`).
 */
/** Tokens a line needs before it may be letter-spaced: `A B C og D` (initials, a list) has too few. */
export declare const MIN_SPACED_TOKENS = 6;
/** Share of a line's tokens that are single characters: most, where the spacing came through unevenly (`SP Ø RG`). */
export declare const MIN_SINGLE_SHARE = 0.6;
/** Single characters in a row the line needs: a spelled-out word (`K U L T`), not scattered initials. */
export declare const MIN_SINGLE_RUN = 4;
/** Letters among the single characters: a row of digits (`1 2 3 4 5 6`, a table's numbers) is not spaced text. */
export declare const MIN_SINGLE_LETTERS = 3;
/** The fewest characters a word of the head before a letter-spaced tail has (`SPØRGSMÅL`, `2387§`): no spaced piece's. */
export declare const MIN_HEAD_WORD = 4;
/**
 * A line whose head is set as usual and whose tail is letter-spaced, glued together (an old rendition of the § 20
 * letter: `SPØRGSMÅL NR. S 2387§ 2 0- SP Ø RG S M Å L T IL …`): the head as it stands and the tail collapsed, each
 * a line of its own (`SPØRGSMÅL NR. S 2387`, `§20-SPØRGSMÅLTIL…`), else undefined. The head ends before the first two
 * short tokens (two characters or fewer) in a row and holds a word of `MIN_HEAD_WORD` characters; a spaced
 * line's own uneven pieces (`SP Ø RG`, `LIG`) are shorter. A sign glued to the head's last word goes with the tail.
 */
export declare function splitLetterSpacedTail(line: string): [string, string] | undefined;
/**
 * The line collapsed where it is letter-spaced (`K U L T U R M I N I S T E R I E T` → `KULTURMINISTERIET`, `K U L T U R
 *   M I N I S T E R I E T` → `KULTUR MINISTERIET`), else undefined. Judged on all its tokens; a line whose every
 * character stands between wide gaps is a table's row, not spaced text. The line is trimmed.
 */
export declare function collapseLetterSpacing(line: string): string | undefined;
//# sourceMappingURL=letter-spacing.d.ts.map