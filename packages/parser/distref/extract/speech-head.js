/**
 * A speech paper's head: the lines above the speech that say what it is for — its title, the occasion ("Anledning:"
 * with its value on the same or the next line), time and place ("Tid og sted:"), the samråd questions it answers.
 * Layouts set these apart from the text (a label column, a box), so they often carry a letterhead's role.
 */
import { readsAsRunningText, SPEECH_OPENING } from '../layout/markers.js';
import { REFERRING_CHARS, REFERRING_WORDS } from './head.js';
/** Roles of lines that are ft.dk's or the page's, never a speech paper's head. */
const NOT_HEAD_ROLES = new Set(['stamp', 'page-footer', 'page-header']);
/**
 * A line that is the head's list of samråd questions and nothing else but the samråd's day: `Samrådsspørgsmål A, B, C
 * og D`, `Samråd E-G`, `Samrådsspm. AB-AD`, `Samråd Æ og Ø den 25. august 2017` — the speech's text does not start
 * there, though the line carries no letterhead's role.
 */
const QUESTIONS_LINE = /^[Ss]amråd(?:s(?:spørgsmål(?:ene)?|spm\.?))?\s{1,3}\p{Lu}{1,2}(?:\s{0,3}(?:[-–,]|og)\s{0,3}\p{Lu}{1,2})*(?:\s{1,3}den\s{1,3}\d{1,2}\.\s{0,3}\p{Ll}{3,9}(?:\s{1,3}\d{4})?)?\s*$/u;
/**
 * The head's lines: those before the first question heading, or before the speech's first line of text, letterhead
 * lines included (`Anledning:` / `FIU alm. del samrådsspørgsmål V`, `til brug for besvarelsen af samrådsspørgsmål BA-BB`).
 */
export function speechHeadLines(found) {
    const { lines } = found.context;
    const first = found.question?.rule === 'question-heading' ? found.question.headings?.[0]?.heading : undefined;
    // The head's lines are counted from the first that is not ft.dk's stamp or the page's.
    const top = Math.max(0, lines.findIndex((line) => !line.role || !NOT_HEAD_ROLES.has(line.role)));
    // The line that made the document a speech paper (`Taleseddel til brug for besvarelsen af` / `samrådsspørgsmål AÆ og
    // AØ`, wrapped) is its head's, though it reads as running text — unless it is the speech's own first words.
    const title = found.type.line && !SPEECH_OPENING.test(found.type.line.text) ? found.type.line : undefined;
    const end = first?.index ?? lines.findIndex((line, at) => !line.role && (at - top >= HEAD_LINES || (line !== title && opensSpeech(line))));
    // No line opens the speech (every line has a role, or none reads as running text): the head is its first lines.
    return lines.slice(0, end === -1 ? top + HEAD_LINES : end).filter((line) => !line.role || !NOT_HEAD_ROLES.has(line.role));
}
/** Lines from the top (below ft.dk's stamp) within which a speech's head stands where no layout gave its lines a role. */
const HEAD_LINES = 12;
/**
 * Whether the speech's text starts at a line: running text or the speech's first words (`readsAsRunningText`), opening
 * as a sentence does — not a line in lower case that goes on with the head's title, the head's list of questions
 * (`QUESTIONS_LINE`), a title (`DET TALTE ORD GÆLDER`, `FM talepapir`, `… ministerens tale til Samråd Q`: one that
 * names its samråd question) or the samråd's day.
 */
function opensSpeech(line) {
    return (!LOWERCASE_START.test(line.text) && !QUESTIONS_LINE.test(line.text) && !namesItsQuestion(line.text) && readsAsRunningText(line.text));
}
/** A line that opens in lower case goes on with the line above (`… samrådsspørgsmål AÆ` / `og AØ om …`): no speech starts so. */
const LOWERCASE_START = /^\p{Ll}/u;
/** A title that names the samråd's question and ends no sentence (`Børne- og undervisningsministerens tale til Samråd Q`). */
function namesItsQuestion(text) {
    return NAMED_QUESTION.test(text) && !/[.!?:]$/u.test(text.trim());
}
/**
 * A samråd question's letter named anywhere on a line: `Anledning: Samråd i Sundhedsudvalget om samrådsspørgsmål F`,
 * `til brug for besvarelse af samrådsspm. M`, and in a head the samråd by its question's letter (`Tale til samråd P,
 * Q, R den 8. februar`, `FOU Samråd A: Afghanistan`). The letter in capitals (`samrådsspørgsmål om …`, `Samråd i
 * Sundhedsudvalget` name none).
 */
const NAMED_QUESTION = /(?<![\p{L}])[Ss]amråd(?:s(?:spørgsmål(?:ene)?|spm\.?))?\s{1,3}(\p{Lu}{1,2})(?![\p{L}\d])/u;
/**
 * The head's `REFERRING_WORDS` before the name make it another samråd question — here the name is the question's
 * own words, so its committee's case may stand between (`jf. FIU alm. del - samrådsspørgsmål V`), which a case
 * reference begins with.
 */
const REFERRING_BEFORE = new RegExp(String.raw `(?:${REFERRING_WORDS})\s{0,3}(?:\p{Lu}{3}\s{1,3}alm\.?\s?del\s{0,3}[-–]?\s{0,3})?$`, 'iu');
/** Room for the committee's case between the words and the name (`FIU alm. del - `). */
const CASE_CHARS = 14;
/** Characters before a name read for `REFERRING_BEFORE`: the head's, and room for the case. */
const NAME_REFERRING_CHARS = REFERRING_CHARS + CASE_CHARS;
/** The first samråd question the head names as its own (not one it refers to). */
export function speechHeadQuestion(head) {
    for (const line of head) {
        if (!line.text.includes('amråd'))
            continue;
        const match = NAMED_QUESTION.exec(line.text);
        if (!match?.[1])
            continue;
        if (REFERRING_BEFORE.test(line.text.slice(Math.max(0, match.index - NAME_REFERRING_CHARS), match.index)))
            continue;
        return { value: match[1], line };
    }
    return undefined;
}
//# sourceMappingURL=speech-head.js.map