import { isDataCell } from './table-lines.js';
/** Most unmarked lines between two known letterhead lines (a ministry's name over two lines, street, `Post`). */
const MAX_BETWEEN = 5;
/** Longest line a letterhead's line is: a ministry's name wrapped (`Udlændinge-, Integrations- og`), a street. */
const MAX_LETTERHEAD_LINE = 40;
/** Most words a letterhead's line has (`Udlændinge-, Integrations- og`); more make a sentence or a label. */
const MAX_LETTERHEAD_WORDS = 5;
/** A sentence's end (`?`, `!`, `:`, or a full stop after a word of four small letters: `følgende.`), or text going on in lower case. */
const PROSE = /(?:\p{Ll}{4}\.|[?!:])$|^[\p{Ll}(–-]/u;
/** The labels of a letterhead's column: `Tel.`, `Tlf.`, `Mail`, `Web`, `CVR-nr.`, `Sagsnr.`, `Sags nr.`, `J.nr.`, `Akt-id`, `Dok.nr.` */
const LABELS = String.raw `Tel\.?|Tlf\.?|Telefon|Fax|Mail|E-?mail|E-?post|Web|CVR-?nr\.?|EAN-?nr\.?|Sags?\s?nr\.?|J\.\s?nr\.?|Akt-?id|Akt\.?\s?nr\.?|Dok\.?\s?nr\.?|Dokument\s?nr\.?|Ref\.-?nr\.?`;
/** A label alone on its line (`Post`, over the postcode, too). */
const LETTERHEAD_LABEL = new RegExp(`^(?:Post|${LABELS})$`, 'iu');
/**
 * A value of the letterhead's that a table's cell is not written as: a phone number in pairs or fours (`7226 8400`,
 * `33 92 33 00`), a case number with a spaced dash (`2015 - 93`, `2021 – 20437`), an unpunctuated number of seven or
 * eight digits (CVR `36977191`, Akt-id `1481195`; a table writes `1.481.195`).
 */
const LETTERHEAD_VALUE = /^(?:\+45\s?)?(?:\d{4}\s\d{4}|\d{2}\s\d{2}\s\d{2}\s\d{2}|\d{4}\s[-–]\s\d{1,7}|\d{7,8})$/u;
/** A letterhead label, alone or with its value after it (`Tel. 3392 9700`, `CVR-nr. 1680 5408`). */
const LABEL_LINE = new RegExp(`^(?:${LABELS})(?:$|[\\s:])`, 'iu');
const isKnown = (line) => line?.role === 'sidebar';
/**
 * A street and its number, or a post box, as a letterhead prints them: `Slotsholmsgade 10`, `Frederiksholms Kanal 27
 * F`, `Børsgade 4`, `Postboks 2135` — a table's cell names no street.
 */
const STREET_LINE = /^(?:\p{Lu}[\p{L}.'-]{0,30}\s){0,2}\p{L}{0,30}(?:gade|vej|vænget|plads|torv|stræde|allé|kanal|stranden|boulevard|postboks)\s\d{1,4}(?:\s?[A-Z])?(?:[-,]\s?\d{1,3})?$/iu;
/**
 * Whether an unmarked line before a letterhead block is surely the letterhead's: a street or post box, a label
 * alone (`Post`, `Tel.`) or a letterhead's value — not the short words a table's cell may be.
 */
function isSurelyLetterhead(text) {
    const trimmed = text.trim();
    return STREET_LINE.test(trimmed) || LETTERHEAD_LABEL.test(trimmed) || LETTERHEAD_VALUE.test(trimmed);
}
/**
 * The unmarked lines right before a block's first known line that are surely the letterhead's (`Slotsholmsgade 10`
 * / `Post` over the known `1216 København K`), at most `MAX_BETWEEN`, none before `from`.
 */
function leadingLines(lines, from, first) {
    const leading = [];
    for (let at = first - 1; at >= from && leading.length < MAX_BETWEEN; at--) {
        const line = lines[at];
        if (line.role || !isSurelyLetterhead(line.text))
            break;
        leading.push(line);
    }
    return leading;
}
/**
 * Whether an unmarked line may be one of the letterhead's: short, no prose (lower case only after a name broken at
 * its hyphen: `Beskæftigelses-` / `ministeriet`), no table value but a letterhead's value.
 */
function isLetterheadLine(text, previous = '') {
    const trimmed = text.trim();
    if (LETTERHEAD_LABEL.test(trimmed) || LETTERHEAD_VALUE.test(trimmed))
        return true;
    const broken = /\p{L}-$/u.test(previous.trim()) && /^\p{Ll}/u.test(trimmed);
    return (trimmed.length <= MAX_LETTERHEAD_LINE &&
        (broken || !PROSE.test(trimmed)) &&
        trimmed.split(/\s+/u).length <= MAX_LETTERHEAD_WORDS &&
        !isDataCell(trimmed));
}
/**
 * The unmarked lines of `lines[from..to)` that belong to a letterhead set inside it: those between two known
 * letterhead lines (at most `MAX_BETWEEN` apart, each of a letterhead line's form), then as many lines of a
 * letterhead value's form as the block's labels still owe. Empty when there is no such block.
 */
export function letterheadInTable(lines, from, to) {
    const found = new Set();
    let at = from;
    while (at < to) {
        if (!isKnown(lines[at])) {
            at++;
            continue;
        }
        // A block: known lines with short runs of letterhead-like lines between them.
        const block = [];
        let last = at;
        let next = at + 1;
        while (next < to) {
            let gapEnd = next;
            while (gapEnd < to && !lines[gapEnd]?.role && gapEnd - next < MAX_BETWEEN + 1)
                gapEnd++;
            const gap = lines.slice(next, gapEnd);
            if (!isKnown(lines[gapEnd]) ||
                gapEnd - next > MAX_BETWEEN ||
                !gap.every((line, index) => isLetterheadLine(line.text, lines[next + index - 1]?.text)))
                break;
            block.push(...gap);
            last = gapEnd;
            next = gapEnd + 1;
        }
        // A letterhead has its labels (`Tel.`, `Sagsnr.`): dates or towns alone with words between may be a table's.
        if (last > at && lines.slice(at, last + 1).some((line) => LABEL_LINE.test(line.text.trim()))) {
            for (const line of [...leadingLines(lines, from, at), ...block])
                found.add(line);
            for (const line of owedValues(lines, at, last, to))
                found.add(line);
            for (const line of labelledValues(lines, last + 1, to))
                found.add(line);
        }
        at = last + 1;
    }
    return found;
}
/**
 * The values the block `lines[start..last]`'s labels still owe, read after it: the block's last labels (`CVR-nr.` /
 * `Sagsnr.`) with fewer values after them than labels owe one line of `LETTERHEAD_VALUE`'s form for each missing.
 */
function owedValues(lines, start, last, to) {
    const isValue = (text) => LETTERHEAD_VALUE.test(text) || text.includes('@') || /^www\./iu.test(text);
    let at = last;
    let values = 0;
    for (; at >= start && isValue(lines[at].text.trim()); at--)
        values++;
    let labels = 0;
    for (; at >= start && LETTERHEAD_LABEL.test(lines[at].text.trim()); at--)
        labels++;
    const owed = [];
    for (let next = last + 1; next < to && owed.length < labels - values; next++) {
        const line = lines[next];
        if (line.role)
            continue;
        if (!LETTERHEAD_VALUE.test(line.text.trim()))
            break;
        owed.push(line);
    }
    return owed;
}
/** A reference number after its label, unpunctuated: `439887` (a table writes `439.887`). */
const REFERENCE_VALUE = /^\d{4,8}$/u;
/** A letterhead's label with its value on the same line: `Akt nr.: 219296`, `Sagsnr. 2021-1234`, `Tel. 3392 9700`. */
const LABEL_WITH_VALUE = new RegExp(`^(?:${LABELS})[\\s:]\\s*\\S`, 'iu');
/** The letter's date under its label, as a letterhead's column sets it: `Dato: 4. april 2022`, `Dato: 4.april 2022`. */
const DATE_LINE = /^Dato:\s?\d{1,2}\.\s?\p{L}{3,9}\.?\s\d{4}$/u;
/**
 * The first line of a ministry's request in its letterhead that its reference be given (`Dette akt nr. bedes oplyst
 * ved` / `henvendelse til Kirkeministeriet`, `Dette dokumentnr. bedes …`); its lines after it go on in lower case.
 */
const REQUEST_START = /^Dette\s(?:akt|dokument)\s?nr\.\s(?:bedes|skal)\b/u;
/** Most lines a letterhead's request (`REQUEST_START`) wraps onto after its first. */
const MAX_REQUEST_LINES = 2;
/**
 * The letterhead's last lines set just after the block, each a label with its value (`Ref.-nr.` / `439887`, `Akt nr.:
 * 219296`), a contact label whose value the rendition lost (`e-post`), the letter's date under its label (`Dato: 4.
 * april 2022`) or the ministry's request that its reference be given (`REQUEST_START`). Stops at the first line that
 * is none of these.
 */
function labelledValues(lines, from, to) {
    const taken = [];
    let at = from;
    while (at < to) {
        const line = lines[at];
        const text = line.text.trim();
        if (line.role)
            break;
        const value = at + 1 < to ? lines[at + 1] : undefined;
        const valueText = value?.text.trim() ?? '';
        if (LETTERHEAD_LABEL.test(text) && value && !value.role && (LETTERHEAD_VALUE.test(valueText) || REFERENCE_VALUE.test(valueText))) {
            taken.push(line, value);
            at += 2;
        }
        else if (LABEL_WITH_VALUE.test(text) || LETTERHEAD_LABEL.test(text) || DATE_LINE.test(text)) {
            taken.push(line);
            at++;
        }
        else if (REQUEST_START.test(text)) {
            taken.push(line);
            at++;
            for (let more = 0; more < MAX_REQUEST_LINES && at < to && /^\p{Ll}/u.test(lines[at]?.text.trim() ?? ''); more++) {
                taken.push(lines[at]);
                at++;
            }
        }
        else
            break;
    }
    return taken;
}
//# sourceMappingURL=letterhead-in-table.js.map