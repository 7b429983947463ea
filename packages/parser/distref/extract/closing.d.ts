import { type Line } from './lines.js';
/** A committee's `På udvalgets vegne` abbreviated, as its older letters sign: `P.u.v.` (its chair's name follows). */
export declare const COMMITTEE_BEHALF_ABBREVIATION: string;
/** A line that is nothing but an official's signing on the minister's behalf: the official's name follows. */
export declare const ON_BEHALF: RegExp;
/**
 * Lines that open the closing: the greeting, a committee's `På udvalgets vegne` (`P.u.v.`), and — where the letter has no
 * greeting — a line of an official's signing on the minister's behalf (`ON_BEHALF`); `På ministerens vegne` also
 * with the name glued after it.
 */
export declare const ANSWER_END: RegExp[];
/**
 * The greeting at the start of a line, to take off what is glued after it: every opener `ANSWER_END` takes for the
 * closing's line (an official's `P.M.V.`, `E.B.` or `På ministerens vegne` too, else it is read as the signer's name).
 */
export declare const GREETING: RegExp;
/** The official's line below a minister's name: `/ Peter Bach-Mortensen`, or `/` alone. */
export declare const OFFICIAL: RegExp;
/** A name: capitalised words, hyphens allowed (`Ane Halsboe-Jørgensen`). */
export declare const NAME: RegExp;
/**
 * A line shaped as a person's name though an inner word is not capitalised (`Troels lund Poulsen`, misspelt): two to
 * five words, the first and last capitalised. Read as a name only where a lone `/` and the official's name follow it.
 */
export declare const NAME_SHAPED: RegExp;
/** Whether `text` is a name (`NAME`), or one misspelt in case (`NAME_SHAPED`) where it stands over a lone `/`. */
export declare function readsAsName(text: string, overSlash: boolean): boolean;
export interface Closing {
    /** The greeting's first line, or the name where there is no greeting. */
    line: Line;
    /** The greeting's last line (the same as `line` unless the greeting is split over lines). */
    last: Line;
    /** A signature without a greeting: the line is the name itself. */
    bare: boolean;
    /** A bare name with neither the official's line nor a title to confirm it is a signature (`loose` only). */
    unconfirmed?: boolean;
}
/**
 * The minister's name, when `text` is a name followed by the official's on the same line, split at its one slash:
 * `Benedikte Kiær/ Karin Ingemann`, `Peter Hummelgaard / Anne Hansen`.
 */
export declare function ministerBeforeOfficial(text: string): string | undefined;
/**
 * The minister's name, when `text` is a name with the official's slash at its end and the official's name on a line
 * after it (`Bertel Haarder                /` / `Torben Stærgaard`, old Word renditions that set the two signatures in
 * the columns of a table).
 */
export declare function nameBeforeSlash(text: string): string | undefined;
/**
 * A greeting cut off in its last word, as a rendition stored up to a number of characters ends (`Med venlig hil`,
 * `Med venlig h`, `Med venl`): at least `Med venl`, at most one letter short of `Med venlig hilsen`.
 */
export declare const CUT_GREETING: RegExp;
/**
 * The closing at or after line index `from`, if any. `loose` also takes a closing inside a paragraph (a greeting
 * glued onto the text's last line, a bare signature right after the text's last sentence): where the signature is,
 * though not where the answer's blocks end.
 */
export declare function findClosing(lines: readonly Line[], from?: number, loose?: boolean): Closing | undefined;
/**
 * Words that make capitalised words an office's, a body's or an institution's name, not a person's (`Folketingets
 * Lovsekretariat`, `Danmarks Statistik`, `Transportministeriet`): their stems, anywhere in the words — the one list the
 * signature's readings and the bare signature's test read.
 */
export declare const NOT_A_PERSON: RegExp;
/**
 * A contact part's label: `Tlf.`, `Telefon`, `Telefax`, `Fax`, `CVR`, `EAN`, `E-mail`, `e-post` — the one list the
 * footer's, a side column's and a letterhead's contact lines are read by.
 */
export declare const CONTACT_LABEL: string;
/**
 * A footer's contact parts: `Tlf. 72 54 60 00`, `Telefon +45 33 92 33 00`, `Tlf.: +45 3392 0000` (a colon after the
 * label, Udenrigsministeriet's), `www.mim.dk`, `CVR 12854358`, `EAN 5798000862005`, an e-mail address — a label with
 * its number after it.
 */
export declare const FOOTER_CONTACT: RegExp;
/**
 * The same parts as old renditions glue them, labels run together with no number after each and addresses cut off
 * (`1260 København KTelefonTelefax3392 9700…`, `www.vtu.dk`): a label or the start of an address anywhere.
 */
export declare const GLUED_CONTACT: RegExp;
//# sourceMappingURL=closing.d.ts.map