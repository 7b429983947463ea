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
export const MIN_SPACED_TOKENS = 6;
/** Share of a line's tokens that are single characters: most, where the spacing came through unevenly (`SP Ø RG`). */
export const MIN_SINGLE_SHARE = 0.6;
/** Single characters in a row the line needs: a spelled-out word (`K U L T`), not scattered initials. */
export const MIN_SINGLE_RUN = 4;
/** Letters among the single characters: a row of digits (`1 2 3 4 5 6`, a table's numbers) is not spaced text. */
export const MIN_SINGLE_LETTERS = 3;
/** A letter, for counting single-character tokens. */
const LETTER = /^\p{L}$/u;
/** Where a letter (or a label's full stop) meets a digit or a digit a letter: a word gap the spacing lost. */
const LETTER_DIGIT = /(?<=[\p{L}.])(?=\d)|(?<=\d)(?=\p{L})/gu;
/** A single character between two spaces, as a letter-spaced line has from its start: `K U L`. */
const SPACED_CHARACTER = / \S /u;
/** How far into a line `SPACED_CHARACTER` is looked for. */
const SPACED_WITHIN = 40;
/**
 * `MIN_SINGLE_RUN` (four) single characters in a row, each apart from the next by spaces: the tokens a letter-spaced
 * stretch's run is made of, whatever the gaps between them (a run may go on over a wide gap).
 */
const SINGLE_RUN = /(?:^| )[^ ] +[^ ] +[^ ] +[^ ](?= |$)/u;
/** Two or more spaces: a word gap. */
const WIDE_GAP = / {2,}/u;
/** Whether the tokens of one stretch (no wide gap in it) are letter-spaced text. */
function isLetterSpaced(tokens) {
    if (tokens.length < MIN_SPACED_TOKENS)
        return false;
    let singles = 0;
    let letters = 0;
    let run = 0;
    let longest = 0;
    const distinct = new Set();
    for (const token of tokens) {
        if ([...token].length === 1) {
            singles++;
            run++;
            longest = Math.max(longest, run);
            if (LETTER.test(token)) {
                letters++;
                distinct.add(token.toLowerCase());
            }
        }
        else {
            run = 0;
        }
    }
    // A row of one repeated letter (`X X X X X X`, ticks in a table) spells no word.
    return singles / tokens.length >= MIN_SINGLE_SHARE && longest >= MIN_SINGLE_RUN && letters >= MIN_SINGLE_LETTERS && distinct.size > 1;
}
/** The stretch's characters joined, a gap put back where letters meet digits. */
function collapse(tokens) {
    return tokens.join('').replace(LETTER_DIGIT, ' ');
}
/** The fewest characters a word of the head before a letter-spaced tail has (`SPØRGSMÅL`, `2387§`): no spaced piece's. */
export const MIN_HEAD_WORD = 4;
/** A sign glued to the end of the head's last word (`2387§`): the first character of the spaced tail. */
const GLUED_SIGN = /(?<=[\p{L}\d])[§]$/u;
/**
 * A line whose head is set as usual and whose tail is letter-spaced, glued together (an old rendition of the § 20
 * letter: `SPØRGSMÅL NR. S 2387§ 2 0- SP Ø RG S M Å L T IL …`): the head as it stands and the tail collapsed, each
 * a line of its own (`SPØRGSMÅL NR. S 2387`, `§20-SPØRGSMÅLTIL…`), else undefined. The head ends before the first two
 * short tokens (two characters or fewer) in a row and holds a word of `MIN_HEAD_WORD` characters; a spaced
 * line's own uneven pieces (`SP Ø RG`, `LIG`) are shorter. A sign glued to the head's last word goes with the tail.
 */
export function splitLetterSpacedTail(line) {
    const trimmed = line.trim();
    if (!SINGLE_RUN.test(trimmed) || WIDE_GAP.test(trimmed))
        return undefined;
    const tokens = trimmed.split(' ');
    let end = 0;
    while (end < tokens.length - 1 && !(isShort(tokens[end]) && isShort(tokens[end + 1])))
        end++;
    const head = tokens.slice(0, end);
    const tail = tokens.slice(end);
    if (head.length === 0 || !head.some((token) => [...token].length >= MIN_HEAD_WORD) || !isLetterSpaced(tail))
        return undefined;
    const last = head.at(-1);
    const sign = GLUED_SIGN.exec(last)?.[0];
    if (sign) {
        head[head.length - 1] = last.slice(0, -sign.length);
        tail.unshift(sign);
    }
    return [head.join(' '), collapse(tail)];
}
/** A token of two characters or fewer: a piece of a spaced word. */
function isShort(token) {
    return token !== undefined && [...token].length <= 2;
}
/**
 * The line collapsed where it is letter-spaced (`K U L T U R M I N I S T E R I E T` → `KULTURMINISTERIET`, `K U L T U R
 *   M I N I S T E R I E T` → `KULTUR MINISTERIET`), else undefined. Judged on all its tokens; a line whose every
 * character stands between wide gaps is a table's row, not spaced text. The line is trimmed.
 */
export function collapseLetterSpacing(line) {
    const trimmed = line.trim();
    // Cheap test first: a letter-spaced line has a single character between two spaces early on.
    if (trimmed.length < MIN_SPACED_TOKENS * 2 - 1 || !SPACED_CHARACTER.test(trimmed.slice(0, SPACED_WITHIN)))
        return undefined;
    // The run of single characters `isLetterSpaced` needs, found before the line is split: prose has ` i ` early on.
    if (!SINGLE_RUN.test(trimmed))
        return undefined;
    const stretches = trimmed.split(WIDE_GAP).map((stretch) => stretch.split(' '));
    if (stretches.every((tokens) => tokens.length === 1) || !isLetterSpaced(stretches.flat()))
        return undefined;
    return stretches.map(collapse).join(' ');
}
//# sourceMappingURL=letter-spacing.js.map