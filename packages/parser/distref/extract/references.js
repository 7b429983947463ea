import { BILL_CODE, normaliseBill } from '../util/bill.js';
import { CASE_DOCUMENT_CODE, caseDocumentFromFolder, readCase } from '../util/case-document.js';
import { matchesOf } from '../util/matches.js';
/** `spm.`, `spm`, `spørgsmål`, `spørgsmål nr.` */
const QUESTION = String.raw `(?:spm\.?|spørgsmål)\s*(?:nr\.?\s*)?`;
/** `-`, `–` between a case and its part, or nothing */
const DASH = String.raw `\s*(?:[-–]\s*)?`;
/** A question number or a samråd letter range: `108`, `F`, `A-C` */
const LETTERS = String.raw `[A-ZÆØÅ](?:\s*[-–]\s*[A-ZÆØÅ])?`;
/** `(folketingsåret 2017-18)`, `(folketingsåret 2018-19, 2. samling)` */
const SESSION = String.raw `(?:\s*\(folketingsåret\s+(\d{4})-\d{2}(?:,\s*(\d)\.\s*samling)?\))?`;
const PATTERNS = [
    // BEU alm. del - samrådsspørgsmål F
    {
        kind: 'consultation',
        words: ['samrådsspørgsmål'],
        pattern: new RegExp(String.raw `\b([A-ZÆØÅ]{2,4})\s+alm\.?\s*del${DASH}samrådsspørgsmål\s+(${LETTERS})(?![\p{L}\d])${SESSION}`, 'gu'),
        committee: 1,
        number: 2,
        year: 3,
        samling: 4,
    },
    // BEU alm. del - bilag 270
    {
        kind: 'annex',
        words: ['bilag'],
        pattern: new RegExp(String.raw `\b([A-ZÆØÅ]{2,4})\s+alm\.?\s*del${DASH}bilag\s+(\d+)${SESSION}`, 'gu'),
        committee: 1,
        number: 2,
        year: 3,
        samling: 4,
    },
    // BEU alm. del spørgsmål 108 (folketingsåret 2018-19, 2. samling), SOU alm. del spm. 1
    {
        kind: 'general',
        words: ['alm'],
        pattern: new RegExp(String.raw `\b([A-ZÆØÅ]{2,4})\s+alm\.?\s*del${DASH}${QUESTION}(\d+)${SESSION}`, 'gu'),
        committee: 1,
        number: 2,
        year: 3,
        samling: 4,
    },
    // L 85 - samrådsspørgsmål A-C, L85 samrådsspørgsmål A-C
    {
        kind: 'consultation',
        words: ['samrådsspørgsmål'],
        pattern: new RegExp(String.raw `\b(${BILL_CODE})${DASH}samrådsspørgsmål\s+(${LETTERS})(?![\p{L}\d])${SESSION}`, 'gu'),
        bill: 1,
        number: 2,
        year: 3,
        samling: 4,
    },
    // L 52 - bilag 58
    {
        kind: 'annex',
        words: ['bilag'],
        pattern: new RegExp(String.raw `\b(${BILL_CODE})${DASH}bilag\s+(\d+)${SESSION}`, 'gu'),
        bill: 1,
        number: 2,
        year: 3,
        samling: 4,
    },
    // L 85 spm. 11
    {
        kind: 'bill',
        words: ['spm', 'spørgsmål'],
        pattern: new RegExp(String.raw `\b(${BILL_CODE})${DASH}${QUESTION}(\d+)${SESSION}`, 'gu'),
        bill: 1,
        number: 2,
        year: 3,
        samling: 4,
    },
    // spørgsmål 2 ad KOM (2013) 0173, spørgsmål 3 til akt. 133, spm. 4 vedr. aktstykke 172
    {
        kind: 'case',
        words: ['spm', 'spørgsmål'],
        pattern: new RegExp(String.raw `${QUESTION}(\d+)\s+(?:ad|til|vedr\.|vedrørende)\s+(${CASE_DOCUMENT_CODE})`, 'gu'),
        bill: 2,
        number: 1,
    },
    // KOM (2013) 0173 - spørgsmål 2, Aktstk. 133 spm. 3
    {
        kind: 'case',
        words: ['spm', 'spørgsmål'],
        pattern: new RegExp(String.raw `(${CASE_DOCUMENT_CODE})${DASH}${QUESTION}(\d+)`, 'gu'),
        bill: 1,
        number: 2,
    },
    // § 20-spørgsmål S 1188, spørgsmål S 25
    {
        kind: 'section20',
        pattern: /(?:§\s*20-spørgsmål|spørgsmål|spm\.)\s+(?:nr\.?\s*)?S\s*(\d+)/gu,
        words: ['spørgsmål', 'spm.'],
        number: 1,
    },
    // almindelig del spørgsmål 203 (til Beskæftigelsesudvalget)
    { kind: 'general', pattern: /almindelig\s+del\s+spørgsmål\s+(?:nr\.?\s*)?(\d+)/gu, words: ['almindelig'], number: 1 },
    // mit svar på spørgsmål 442, svaret til spørgsmål 20, besvarelsen af spørgsmål 17
    { kind: 'same', pattern: /(?:svar(?:et)?\s+(?:på|til)|besvarelsen\s+af)\s+spørgsmål\s+(?:nr\.?\s*)?(\d+)/giu, number: 1 },
];
/**
 * ft.dk addresses of questions and annexes: `…/samling/20171/almdel/UUI/bilag/198/…`, an aktstykke's or a Commission
 * document's question: `…/samling/20241/aktstykke/aktstk.172/spm/1/…`, `…/kommissionsforslag/kom(2013)0173/spm/4/…`.
 */
const FTDK_ADDRESS = /ft\.dk\/samling\/(\d{5})\/(almdel|lovforslag|aktstykke|kommissionsforslag)\/([a-zæøå]+\.?\d*|kom\(\d{4}\)\d{1,4})\/(spm|bilag)\/(\d+)/giu;
/** The kinds of question whose bare references ("svaret på spørgsmål 15") are to the same case document. */
const ON_CASE = new Set(['bill', 'appropriation', 'eu-proposal']);
function same(a, b) {
    return a.kind === b.kind && a.number === b.number && a.bill === b.bill && a.committee === b.committee;
}
export function findReferences(text, context, sessionOfDocument) {
    const found = [];
    const overlaps = (at, end) => found.some((other) => at < other.end && end > other.at);
    // Whether the text holds a word, searched once per word: several patterns need the same (`spm`, `spørgsmål`), and
    // a word the text lacks is a search of the whole question and answer.
    const holds = new Map();
    const mentions = (word) => {
        let held = holds.get(word);
        if (held === undefined) {
            held = text.includes(word);
            holds.set(word, held);
        }
        return held;
    };
    for (const { kind, pattern, words, committee, bill, number, year, samling } of PATTERNS) {
        if (words && !words.some(mentions))
            continue;
        for (const match of matchesOf(pattern, text)) {
            const at = match.index;
            const end = at + match[0].length;
            if (overlaps(at, end))
                continue;
            const value = (match[number] ?? '').replace(/\s+/gu, '');
            let reference;
            if (kind === 'same') {
                if (value === context.number)
                    continue; // the document's own question
                const onCase = ON_CASE.has(context.kind);
                reference = {
                    kind: onCase ? (context.kind ?? 'general') : 'general',
                    number: value,
                    bill: onCase ? context.bill : null,
                    committee: context.committee,
                    session: sessionOfDocument,
                    text: match[0],
                };
            }
            else {
                const yearText = year === undefined ? undefined : match[year];
                const onCase = bill === undefined || !match[bill] ? undefined : readCase(match[bill]);
                reference = {
                    kind: kind === 'case' ? (onCase?.kind ?? 'bill') : kind,
                    number: value,
                    bill: onCase?.code ?? null,
                    committee: committee === undefined ? (kind === 'general' && !bill ? context.committee : null) : (match[committee] ?? null),
                    session: yearText ? `${yearText}${(samling === undefined ? undefined : match[samling]) ?? '1'}` : null,
                    text: match[0].replace(/\s+/gu, ' ').trim(),
                };
                if (reference.bill === null && reference.committee === null && kind === 'general')
                    reference.committee = context.committee;
            }
            found.push({ ...reference, at, end });
        }
    }
    for (const match of matchesOf(FTDK_ADDRESS, text)) {
        const folder = match[3] ?? '';
        const isBill = match[2]?.toLowerCase() === 'lovforslag';
        const document = isBill ? undefined : caseDocumentFromFolder(folder);
        // An aktstykke's or Commission document's folder in no form known is left out rather than read as a committee's.
        if (!isBill && !document && match[2]?.toLowerCase() !== 'almdel')
            continue;
        const onCase = isBill ? 'bill' : document?.kind;
        found.push({
            kind: match[4]?.toLowerCase() === 'bilag' ? 'annex' : (onCase ?? 'general'),
            number: match[5] ?? '',
            bill: isBill ? normaliseBill(folder.toUpperCase()) : (document?.code ?? null),
            committee: onCase ? null : folder.toUpperCase(),
            session: match[1] ?? null,
            text: match[0],
            at: match.index,
            end: match.index + match[0].length,
        });
    }
    found.sort((a, b) => a.at - b.at);
    const own = context.kind && context.number
        ? {
            kind: context.kind,
            number: context.number,
            bill: context.bill,
            committee: ON_CASE.has(context.kind) ? null : context.committee,
            session: null,
            text: '',
        }
        : undefined;
    const references = [];
    for (const { at: _at, end: _end, ...reference } of found) {
        const self = own !== undefined && same(own, reference) && (reference.session === null || reference.session === sessionOfDocument);
        if (!self && !references.some((other) => same(other, reference)))
            references.push(reference);
    }
    return references;
}
//# sourceMappingURL=references.js.map