import { readCaseDocument } from '../../util/case-document.js';
import { propose, resolve } from '../resolve.js';
/** Where every question's page lives. */
export const FT_SAMLING = 'https://www.ft.dk/samling/';
/** A session code: `20241`. */
const SESSION = /^(?:19|20)\d{2}[12]$/u;
/** A committee code from the registry: `BEU`, `FÆU`, `§71`. */
const COMMITTEE = /^(?:[A-ZÆØÅ]{2,5}|§71)$/u;
/** A question number in digits: `75`, `1609`. */
const NUMBER = /^\d+$/u;
/** A consultation question's letters: `A`, `Ø`, `AH`. */
const LETTERS = /^[A-ZÆØÅ]{1,3}$/u;
/** `L 141` (or `L141`), `B 12`, `L 13 A`: kind, number, part. */
const BILL = /^([LB])\s*(\d+)(?:\s*([A-Z]))?$/u;
/** ft.dk's folder for each kind of bill. */
const BILL_FOLDER = { L: 'lovforslag', B: 'beslutningsforslag' };
/** A percent-escape (`%C3%B8`): ft.dk writes its hex digits in lower case. */
const PERCENT_ESCAPE = /%[0-9A-F]{2}/gu;
/**
 * A part of an address: lower case, Danish letters percent-encoded as UTF-8 in lower-case hex, as ft.dk's own
 * addresses have them (`almdel/p%c3%b8u/spm/24`, `almdel/ul%c3%b8/spm/8`: Politisk-Økonomisk Udvalg, Udvalget for
 * Landdistrikter og Øer).
 */
function addressPart(text) {
    return encodeURIComponent(text.toLowerCase()).replace(PERCENT_ESCAPE, (percent) => percent.toLowerCase());
}
function billCase(bill) {
    const match = bill ? BILL.exec(bill.trim()) : null;
    if (!match)
        return null;
    const [, letter = '', digits = '', part = ''] = match;
    const code = `${letter}${digits}${part}`;
    return { key: code, folders: `${BILL_FOLDER[letter]}/${code.toLowerCase()}` };
}
/**
 * The aktstykke or Commission document an `appropriation` or `eu-proposal` question is on, as ft.dk files it:
 * `aktstykke/aktstk.172` (the dot as in ft.dk's addresses, `…/aktstykke/aktstk.17/spm/4/…`), key `AKTSTK172`;
 * `kommissionsforslag/kom(2013)0173`, key `KOM(2013)0173`. Null when `document` is not of `kind`.
 */
function documentCase(kind, document) {
    const read = document ? readCaseDocument(document) : undefined;
    if (!read || read.kind !== kind)
        return null;
    if (read.kind === 'appropriation') {
        const number = read.code.replace(/\D/gu, '');
        return { key: `AKTSTK${number}`, folders: `aktstykke/aktstk.${number}` };
    }
    const compact = read.code.replace(/\s/gu, '');
    return { key: compact, folders: `kommissionsforslag/${compact.toLowerCase()}` };
}
function committeeCase(committee) {
    const code = committee?.toUpperCase() ?? '';
    return COMMITTEE.test(code) ? { key: code, folders: `almdel/${addressPart(code)}` } : null;
}
/** The key and the address of the question `parts` describe; each null when a part it needs is unknown. */
export function questionKey(parts) {
    const { session, kind } = parts;
    const number = parts.number?.trim().toUpperCase() ?? '';
    if (!session || !SESSION.test(session) || !kind)
        return null;
    const base = `${FT_SAMLING}${session}/`;
    switch (kind) {
        case 'general': {
            const where = committeeCase(parts.committee);
            if (!where || !NUMBER.test(number))
                return null;
            return { key: `${session}-${where.key}-almdel-${number}`, url: `${base}${where.folders}/spm/${number}/index.htm` };
        }
        case 'section20':
            if (!NUMBER.test(number))
                return null;
            return { key: `${session}-S-${number}`, url: `${base}spoergsmaal/s${number}/index.htm` };
        case 'bill':
        case 'appropriation':
        case 'eu-proposal': {
            // Filed under the case document, whichever committee asked: without it the key would be another case's.
            const where = kind === 'bill' ? billCase(parts.bill) : documentCase(kind, parts.bill);
            if (!where || !NUMBER.test(number))
                return null;
            return { key: `${session}-${where.key}-${number}`, url: `${base}${where.folders}/spm/${number}/index.htm` };
        }
        case 'consultation': {
            // A consultation on a bill is filed under the bill, else under the committee's alm. del.
            const bill = billCase(parts.bill);
            const where = bill ?? committeeCase(parts.committee);
            if (!where || !LETTERS.test(number))
                return null;
            const key = bill ? `${session}-${bill.key}-samspm-${number}` : `${session}-${where.key}-samspm-${number}`;
            return { key, url: `${base}${where.folders}/samspm/${addressPart(number)}/index.htm` };
        }
    }
}
/** The record's `questionKey` and `url`, derived from its resolved fields (rule `derived-key`). */
export function resolveKeys(parts) {
    const keys = questionKey(parts);
    return {
        questionKey: resolve([propose('derived-key', keys?.key)]),
        url: resolve([propose('derived-key', keys?.url)]),
    };
}
//# sourceMappingURL=key.js.map