/**
 * Roles of lines that are not running text: the ft.dk stamp, the letterhead (addressee, ministry sidebar,
 * date and J.nr. block) and the ft.dk page footer. Works on text alone; the PDF input sets roles from
 * positions first and this only fills in what positions did not decide.
 */
import type { SourceLine } from '../tree.js';
/**
 * Stamp, first line: `Beskæftigelsesudvalget 2016-17`, `Beskæftigelsesudvalget 2022-23 (2. samling)`, or
 * `Folketinget 2009-10` on § 20 answers; a committee named "Udvalget for …" (`Udvalget for Udlændinge- og
 * Integrationspolitik 2010-11 (1. samling)`, `Udvalget for Landdistrikter og Øer 2011-12`) or "Det … Udvalg"
 * (`Det Politisk-Økonomiske Udvalg 2008-09`), the election committees' "Udvalget til …" (`Udvalget til Prøvelse af
 * Valgene 2022-23 (2. samling)`), "Udvalget vedrørende …" (`Udvalget vedrørende Grønlandske Forhold 2008-09`) and
 * the § 71 board's (`Tilsynet i henhold til grundlovens § 71 2022-23`) and the delegations' (`OSCEs
 * Parlamentariske Forsamling 2015-16`, `OSCEs parlamentariske Forsamling 2010-11 (1. samling)`, `Den Arktiske
 * Delegation 2019-20`, the IPU group's `Dansk Interparlamentarisk Gruppes bestyrelse 2009-10`).
 */
export declare const STAMP_COMMITTEE: RegExp;
/** Stamp, last line. */
export declare const STAMP_PUBLIC: RegExp;
/** The page image name in ft.dk's HTML renditions: `2442061_0001.png`. */
export declare const PAGE_IMAGE: RegExp;
/**
 * The link to the PDF on webarkiv.ft.dk's pages of 2002-05, kept as a line of the text: `PDF udgave (153 KB)`. The
 * Folketing's page, not the letter: set aside as the page image is.
 */
export declare const PDF_LINK_TEXT: string;
/**
 * ft.dk's footer on each page: `L 85 - 2019-20 - Endeligt svar på spørgsmål 11: …`, `BEU, Alm.del - 2020-21 - Bilag
 * 446: …`, a case document's, its committee first or not: `FIU, Aktstk. 172 - 2024-25 - Endeligt svar på spørgsmål
 * 1: …`, `EUU, KOM (2013) 0173 - 2013-14 - Svar på Spørgsmål 4: …`.
 */
export declare const FTDK_FOOTER: RegExp;
/** `Side 1/3`, `Side 2 af 3`, `1/1`, `- 2 -` */
export declare const PAGE_NUMBER: RegExp;
/** `J.nr. 2016-621`, `J.nr.`, `Sagsnr. 2015 - 3596`, `Vores sag`, `Doknr.`, `Ref.-nr.`, `18. december 2008J.nr. 2008-0006659` */
export declare const CASE_LABEL: RegExp;
/**
 * Whether a line is one of a letterhead's own (an address, phone, e-mail, web, CVR or a case number's label) by its
 * text alone, wherever it stands.
 */
export declare function isLetterheadLine(text: string): boolean;
/** A page's number alone on a line: `2`. */
export declare const PAGE_NUMBER_ALONE: RegExp;
/** Running text that goes on: the line ends without a sentence end, a colon or a label. */
export declare const SENTENCE_GOES_ON: RegExp;
/**
 * A line that ends in a word no sentence ends on: a preposition, a conjunction, an article or a possessive (`… besvarelse
 * af`, `… spørgsmål til`, `… og`, `… sin`). What the next line opens with finishes the sentence, even a heading's form
 * (`MOF alm. del -spørgsmål 312 af 20. januar 2017:`). Lower case, after a space: `Spørgsmål nr. 5 af` ends in such a
 * word too, but a heading is no line a sentence goes on from (its own tests come first).
 */
export declare const ENDS_ON_OPEN_WORD: RegExp;
/**
 * Where the letter proper begins: the preamble ("… har i brev af …", "Udvalget udbeder sig …", a note's "Til brug for
 * besvarelsen af spørgsmål …" — not "besvarelse af spørgsmål om sager …", answering in general, settled across a line
 * end by the next line as in `extract/preamble.ts`),
 * a heading ("Spørgsmål nr. 128:", Folketingstidende's "Spm. nr. S 1609"), a speech head ("TALE", a draft's
 * "UDKAST TIL TALE": the samråd questions headed below it are the speech's, not its letterhead's) or a report's head
 * ("Betænkning afgivet af Udvalget for" / "Videnskab og Teknologi den 29. april 2010": its sections are its text).
 *
 * A word's start is `(?<!\w)`, not `\b`: under the `iu` flags V8 (Node 20) tries a `\b` that opens an alternative
 * ~10 times slower at every place of the line; before a word character the two are the same test. So in every
 * case-insensitive Unicode pattern the text path tries on every line.
 */
export declare const BODY_START: RegExp;
/** Assign roles to lines that have none yet. Mutates and returns `lines`. */
export declare function assignRoles(lines: SourceLine[]): SourceLine[];
//# sourceMappingURL=roles.d.ts.map