/**
 * A page's furniture that a rendition left inside the text of a paragraph, where one page ended and the next began: a
 * converter's banner (`… ikke er i be-PDF to HTML - Convert PDF files to HTML files 2 siddelse af …`), a drawn rule
 * (`____…`), and the ministry's footer — its address and contact parts — run into the text (`… af året. Finansministeriet
 * · Christiansborg Slotsplads 1 · 1218 København K · T 33 92 33 33 · E [email protected] · www.fm.dk`, `… i for-Telefon
 * 7226 8400Telefax 3393 3510www.justitsministeriet.dkjm@jm.dk bindelse med …`, `____HOLMENS KANAL 421060 KØBENHAVN
 * KTELEFON: 33 92 33 20TELEFAX: …EAN: 5798000201200`), and the letterhead's request that its reference be given
 * (`Akt nr.: 133188 Dette akt nr. bedes oplyst ved henvendelse til Kirkeministeriet Dato: 19. november 2020`).
 * `withoutFurniture` takes them out of a paragraph's text and joins what was before and after them, a word the page
 * end broke (`be-` / `siddelse`) whole again.
 *
 * A footer is read as a run of its parts, one after another with nothing between them but spaces and the footer's
 * separators (`·`, `•`, `¶`, `|`): a street and its number, a postcode and town, a post box, a contact label (`Tlf.`,
 * `Telefax`, `E-mail`, `Web`, `CVR`, `T`), a telephone number, an e-mail or web address, a CVR or EAN number. A run is
 * the footer's where it holds an address part and a contact label, e-mail or web address (a telephone number alone is
 * no sign: years in a row read as one), or two labels and a value: a sentence that names an address or a telephone
 * number has words between them (`kan kontaktes på Tlf. 33 92 33 50 eller …`), and commas.
 */
import { CONVERTER_BANNER_TEXT } from '../layout/markers.js';
/** A converter's banner between two pages, the page's number after it (`2`, `2/2`) and before it at a text's start. */
const CONVERTER_BANNER = new RegExp(String.raw `(?:^\d{1,3}\s)?${CONVERTER_BANNER_TEXT}(?:\s\d{1,3}(?:\/\d{1,3})?(?!\S))?`, 'gu');
/** The banner cut off where the rendition's text was cut (`… for at nå op på PDF to HTML`). */
const CONVERTER_BANNER_CUT = /PDF to HTML(?: - [\p{L} ]*)?$/u;
/**
 * A ministry's request in its letterhead that its reference be given (`Dokument nr.: 59317/12 Dette dokumentnr. bedes
 * oplyst ved henvendelse til Ministeriet for Ligestilling og Kirke Dato: 4. juni 2012`, `Akt nr.: 133188 Dette akt nr.
 * bedes oplyst ved henvendelse til Kirkeministeriet`), with the reference before it and the letter's date after it: a
 * form's words, no sentence of the answer, though a glued rendition runs them into one.
 */
const REFERENCE_NOTE = /(?:(?:Dokument|Akt)\s?nr\.:?\s?[\d/]{1,12}\s?)?Dette\s(?:dokument|akt)\s?nr\.\s(?:bedes|skal)\s+oplys(?:t|es)\s?ved\s?henvendelse(?:[\s\S]{0,60}?Dato:\s?\d{1,2}\.\s?\p{L}{3,9}\.?\s?\d{4}|(?:\s(?:til\s)?\p{L}*ministeriet)?)/gu;
/** A drawn rule: ten underscores or more (a footer's top rule, a signature's line). */
const RULE = /_{10,}/uy;
/**
 * A street and its number: `Slotsholmsgade 10-12`, `Holmens Kanal 22`, `HOLMENS KANAL 42`, `Christiansborg Slotsplads
 * 1`, `Gammel Mønt 4`, `Frederiksholms Kanal 27 F`. Where the rendition glued the postcode on (`Slotsholmsgade
 * 101216 København K`, `HOLMENS KANAL 421060 KØBENHAVN K`), the number is the digits before the postcode's four.
 */
const STREET = /(?:\p{Lu}[\p{L}-]{0,30}(?:gade|vej|plads|kanal|stræde|torv|allé|alle|boulevard|brygge|GADE|VEJ|PLADS|KANAL)|(?![\p{L}-]{0,40}(?:MINISTERIET|ministeriet|styrelsen|Departementet)\s)\p{Lu}\p{L}{0,30}\s(?:Kanal|KANAL|Plads|PLADS|Mønt|Vej|Gade|Torv|Brygge|\p{Lu}\p{Ll}{0,30}(?:gade|vej|plads)))\s(?:\d{1,3}(?=\d{4}\s\p{Lu})|\d{1,3}(?:-\d{1,3})?(?!\d)(?:\s[A-F](?![\p{L}\d]))?)/uy;
/**
 * A postcode and town: `1216 København K`, `1060 KØBENHAVN K` (its next part glued on: `KTELEFON`), `DK-1216 København
 * K.` — not a date's year before a name (`4. april 2016 Koncernøkonomi`), nor a number before a label (`Postboks 2135 Tel.`).
 */
const POSTCODE = /(?<!(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)\s)(?:DK-)?\d{4}\s(?!(?:Tel|Tlf|Telefon|Telefax|Fax|Mail|Web|CVR|EAN)(?!\p{Ll}))\p{Lu}\p{L}*(?:\s[KVCØSN](?!\p{Ll}))?\.?/uy;
/**
 * A contact label: `Tlf.`, `Telefon`, `TELEFAX:`, `E-mail`, `e-post`, `MAIL:`, `Web`, `CVR-nr`, `EAN`; a letter alone
 * before its value (`T 33 92 33 33`, `E [email protected]`). Not a word that goes on in lower case (`Telefonen`).
 */
const LABEL = /(?:Telefax|TELEFAX|Telefon|TELEFON|Tlf|TLF|Tel|TEL|Fax|FAX|E-?mail|E-?MAIL|Mail|MAIL|[Ee]-post|Web|WEB|Netsted|CVR(?:-nr)?|EAN(?:-nr)?)(?!\p{Ll})\.?:?|[TFE](?=\s\+?\d|\s\[|\s\p{L}[\p{L}\d.-]*@)/uy;
/** A post box: `Postboks 2135`. */
const POST_BOX = /Postboks\s\d{1,5}(?!\d)/uy;
/** A Danish telephone number: `33 92 33 50`, `3392 9300`, `+45 7226 9000`, `72268400`. */
const PHONE = /(?:\+45\s?)?(?:\d{2}\s?\d{2}\s?\d{2}\s?\d{2}|\d{4}\s\d{4})(?!\d)/uy;
/**
 * An e-mail address (`jm@jm.dk`), ending at its top-level domain where the next part is glued on; or as the rendition's
 * e-mail protection left it, also cut off (`[email protected]`, `[email protecte`).
 */
const EMAIL = /[\p{L}\d._-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)*?\.(?:dk|DK|com|eu|org|net)(?![\p{L}\d-]*\.)|\[email(?:[\s\u00a0]\p{Ll}*\]?)?/uy;
/** A web address (`www.fm.dk`, `www.FMN.DK`), ending at its top-level domain where the next part is glued on (`www.jm.dkjm@jm.dk`). */
const WEB = /(?:https?:\/\/)?www\.[\p{L}\d-]+(?:\.[\p{L}\d-]+)*?\.(?:dk|DK|com|eu|org|net)(?![\p{L}\d-]*\.)/uy;
/**
 * A CVR number (`25-77-56-35`, `10 09 24 85`, `36977191`), an EAN number (`5798000201200`), or a case number of the
 * year's form from the side column beside the footer (`2017-237`, `2017 - 15784`).
 */
const NUMBER = /\d{2}(?:[-\s]?\d{2}){3}(?!\d)|\d{13}(?!\d)|(?:19|20)\d{2}\s?-\s?\d{2,6}(?!\d)/uy;
/** What may stand between two parts of a footer, as a character class's inside: spaces and its separators. */
const SEPARATOR_CHARS = String.raw `\s·•¶|`;
/** The separators between two parts of a footer, read from a place. */
const SEPARATORS = new RegExp(`[${SEPARATOR_CHARS}]*`, 'uy');
/** The parts, tried in this order at each place (a label before a telephone number: `T 33 …` is the label `T`). */
const PARTS = [
    ['rule', RULE],
    ['street', STREET],
    ['postcode', POSTCODE],
    ['box', POST_BOX],
    ['label', LABEL],
    ['email', EMAIL],
    ['web', WEB],
    ['phone', PHONE],
    ['number', NUMBER],
];
/**
 * Signs that a text may hold a footer or a rule, one of which every footer run holds: most paragraphs have none, and
 * are not read part by part.
 */
const FOOTER_SIGN = /_{10}|@|www\.|\[email|Tlf|TLF|Tel|TEL|Fax|FAX|Mail|MAIL|CVR|EAN|[Ee]-post|[TFE]\s\+?\d/u;
/** A short text that may be an address alone: a postcode and town in it (`… 1216 København K.`). */
const ADDRESS_ALONE_SIGN = /^.{0,80}\d{4}\s\p{Lu}\p{L}*(?:\s[KVCØSN])?\.?$/u;
/**
 * Where a run of parts may start: a letter, digit, `+` or `[` with no letter, digit, `@`, `.` or `_` right before it
 * (not inside an address: `jm.dk`); a rule's first underscore wherever it stands (`… byrde for ambassaden.____`).
 */
const PART_START = /(?<![\p{L}\d@._[])[\p{L}\d+[]|(?<!_)_/gu;
/**
 * What is left of a footer's part that the rendition's text cut off after a footer (`E fm` of `E fm@fm.dk`, `TE` of
 * `TELEFON`, `www.mbbl.`): a letter label perhaps and a word, up to the text's end.
 */
const CUT_TAIL = new RegExp(String.raw `^[${SEPARATOR_CHARS}]*(?:[TFE]\s)?\S{0,20}$`, 'u');
/** The part that matches at `at`, if any. */
function partAt(text, at) {
    for (const [kind, pattern] of PARTS) {
        pattern.lastIndex = at;
        const match = pattern.exec(text);
        if (match && match[0].length > 0)
            return { kind, end: at + match[0].length };
    }
    return undefined;
}
/** The run of footer parts from `start`: their kinds and where the last ends. */
function runFrom(text, start) {
    const kinds = [];
    let end = start;
    let at = start;
    for (;;) {
        const part = partAt(text, at);
        if (!part)
            break;
        kinds.push(part.kind);
        end = part.end;
        SEPARATORS.lastIndex = end;
        at = end + (SEPARATORS.exec(text)?.[0].length ?? 0);
    }
    return { kinds, end };
}
/**
 * Whether a run of parts is a footer (or a rule): an address part and a contact label or address, or two labels and
 * a value; or, `whole` (the run is the whole text), a street and a postcode, or a label and a value.
 */
function isFooter(kinds, whole) {
    if (kinds.includes('rule'))
        return true;
    const count = (kind) => kinds.filter((found) => found === kind).length;
    const address = count('street') + count('postcode') + count('box') > 0;
    // A telephone or CVR number alone is no sign: numbers in a row read as one (`2013 2014 2015 Sverige`, a chart's axis).
    const contact = count('label') + count('email') + count('web') > 0;
    const values = count('phone') + count('email') + count('web') + count('number');
    // A paragraph that is an address and nothing else (`Slotsholmsgade 101216 København K.`), or a label and its value
    // (`33 92 33 50 Fax.`, a footer's column the layout set apart), is the letterhead's too.
    const alone = whole && ((count('street') > 0 && count('postcode') > 0) || (count('label') > 0 && values > 0));
    return (address && contact) || (count('label') >= 2 && values > 0) || alone;
}
/**
 * A word of the sender's name before its address: a word in capitals, a ministry's or agency's name, `Departementet`,
 * and the parts of a name of several (`Udlændinge- og Integrationsministeriet`, `ØKONOMI- OG ERHVERVSMINISTERIET`).
 */
const SENDER_WORD = /^(?:\p{Lu}[\p{Lu}-]+|\p{Lu}[\p{L}-]*(?:ministeriet|styrelsen)|Departementet|\p{Lu}\p{Ll}*-,?|og|OG)$/u;
/** The words of a name that says it is the sender: `…MINISTERIET`, `…ministeriet`, `…styrelsen`, `Departementet`. */
const SENDER_NAME = /MINISTERIET|ministeriet|styrelsen|Departementet/u;
/** At most this many words of the sender's name before the address (`ØKONOMI- OG ERHVERVSMINISTERIET`). */
const SENDER_WORDS = 5;
/**
 * Where the footer starting at `start` starts with the sender's name before it (`Finansministeriet · Christiansborg
 * …`, `ØKONOMI- OG ERHVERVSMINISTERIET Slotsholmsgade …`, `Departementet Holmens Kanal 22 …`): the name's first word.
 */
function senderBefore(text, start) {
    const head = trimSeparatorsEnd(text.slice(0, start));
    const words = head.split(' ');
    let taken = 0;
    let from = head.length;
    for (let at = words.length - 1; at >= 0 && taken < SENDER_WORDS; at--) {
        const word = words[at];
        if (!SENDER_WORD.test(word))
            break;
        taken++;
        from -= word.length + (at > 0 ? 1 : 0);
    }
    return taken > 0 && SENDER_NAME.test(head.slice(from)) ? Math.max(0, from) : start;
}
/** A word the page end broke at its hyphen (`be-`), and the rest of it after the furniture (`siddelse`). */
const BROKEN_WORD_END = /\p{Ll}-$/u;
const WORD_GOES_ON = /^\p{Ll}/u;
/** A suspended compound's follower after the hyphen (`sundheds- og ældreområdet`): the hyphen stays. */
const FOLLOWER = /^(?:og|eller|samt|til)(?!\p{L})/u;
/** A footer's separator or a space, as left at a cut's edge (`… Thy/Mors. | |`). */
const SEPARATOR = new RegExp(`[${SEPARATOR_CHARS}]`, 'u');
/** `text` without the separators and spaces at its end (a loop: a pattern anchored at the end retries every run). */
function trimSeparatorsEnd(text) {
    let end = text.length;
    while (end > 0 && SEPARATOR.test(text.charAt(end - 1)))
        end--;
    return text.slice(0, end);
}
/** `text` without the separators and spaces at its start. */
function trimSeparatorsStart(text) {
    let start = 0;
    while (start < text.length && SEPARATOR.test(text.charAt(start)))
        start++;
    return text.slice(start);
}
/** `before` and `after` joined where furniture stood between them: a broken word whole, else one space. */
function joinAround(before, after) {
    const head = trimSeparatorsEnd(before);
    const tail = trimSeparatorsStart(after);
    if (head === '' || tail === '')
        return head + tail;
    if (BROKEN_WORD_END.test(head) && WORD_GOES_ON.test(tail) && !FOLLOWER.test(tail))
        return head.slice(0, -1) + tail;
    return `${head} ${tail}`;
}
/** Pieces of a text that furniture stood between (one at least), joined (`joinAround`). */
function joinPieces(pieces) {
    return pieces.reduce((joined, piece) => joinAround(joined, piece));
}
/** `text` without each match of `pattern` (global, no capturing group), the pieces joined. */
function withoutMatches(text, pattern) {
    return joinPieces(text.split(pattern));
}
/** `text` with each of `cuts` (start, end; in order, not overlapping) taken out, the pieces joined. */
function cutOut(text, cuts) {
    const pieces = [];
    let from = 0;
    for (const [start, end] of cuts) {
        pieces.push(text.slice(from, start));
        from = end;
    }
    pieces.push(text.slice(from));
    return joinPieces(pieces);
}
/** `text` without the page furniture inside it (see the module's comment); the same string where there is none. */
export function withoutFurniture(text) {
    let result = text;
    if (result.includes('PDF to HTML'))
        result = joinAround(withoutMatches(result, CONVERTER_BANNER).replace(CONVERTER_BANNER_CUT, ''), '');
    if (result.includes('henvendelse'))
        result = withoutMatches(result, REFERENCE_NOTE);
    if (!FOOTER_SIGN.test(result) && !ADDRESS_ALONE_SIGN.test(result))
        return result;
    const cuts = [];
    PART_START.lastIndex = 0;
    for (let match = PART_START.exec(result); match !== null; match = PART_START.exec(result)) {
        const run = runFrom(result, match.index);
        if (run.kinds.length === 0)
            continue;
        const cutTail = CUT_TAIL.test(result.slice(run.end));
        const whole = match.index === 0 && cutTail;
        if (!isFooter(run.kinds, whole))
            continue;
        cuts.push([senderBefore(result, match.index), cutTail ? result.length : run.end]);
        PART_START.lastIndex = run.end;
    }
    return cuts.length === 0 ? result : cutOut(result, cuts);
}
//# sourceMappingURL=furniture.js.map