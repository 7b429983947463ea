/**
 * Lines that start a block of their own, whatever the paragraph heuristics say.
 * Each is a named pattern with an example from the corpus.
 */
/**
 * The kinds of answer a heading names, before `svar` (`Endeligt svar`, `Revideret svar`) or `besvarelse` (`Endelig
 * besvarelse`, `Foreløbig besvarelse`), or in brackets after it (`Svar (supplerende)`): the one list every answer
 * heading's pattern is built from.
 */
export declare const ANSWER_KINDS = "endeligt?|forel\u00F8bigt?|supplerende|fornyet|revideret|korrigeret|rettet|uddybende";
/**
 * Word's message printed where a field could not be computed: `Fejl! Intet bogmærkenavn opgivet.`, `Fejl! Ingen tekst
 * med den anførte typografi i dokumentet.`, `Fejl! Henvisningskilde ikke fundet.` — in a number's place (a table's,
 * a question's: `Spørgsmål Fejl! Intet bogmærkenavn opgivet.70`).
 */
export declare const WORD_FIELD_ERROR: string;
/**
 * `Svar:`, `Endeligt svar:`, `Svar`, `Besvarelse`, `Supplerende svar:`, `Svar (supplerende):`, `Revideret svar:`,
 * `Svar.`, `Svar –`, `Svar på spørgsmål 245:` (`Svar på spørgsmål nr. 45 (alm. del)`, colon or not; `Svar til
 * spørgsmål nr. 12:`, `Svar på spm. 12:`), `Svar fra ministeren:`, `Svar (beskæftigelsesministeren):`, `Ministerens
 * svar:`, `Ministeriets besvarelse`, `Svaret:` (with its colon); Folketingstidende's dated heading on § 20 pages,
 * `Svar (21/1 04)`, `Supplerende svar (2/4 04)`.
 */
export declare const ANSWER_HEADING: RegExp;
/**
 * The case a question heading may name before the word: `URU alm. del spørgsmål 3:`, `Alm. del – spørgsmål 123`
 * (Uddannelses- og Forskningsministeriet; a stop after `del`: `Alm. del. spørgsmål 113`), `L 195 Spørgsmål 41:` (glued
 * in older renditions: `L 195Spørgsmål 41:`), `Beslutningsforslag B 137 - spørgsmål nr. 2:` (the bill named in words first), `FOU B8 spørgsmål 1:` (or the
 * committee's code first), `§ 16 Spørgsmål nr. 14:`
 * (Finansudvalget's questions by paragraph of the finance act), `Aktstykke spørgsmål`,
 * `Aktstykke 108 spørgsmål 3:` (Finansudvalget's questions on an aktstykke), a committee's code alone (`FOU spørgsmål
 * 289:`, a code the registry holds, so no other short word). Bounded spaces, one optional dash.
 */
export declare const HEADING_CASE_PREFIX: string;
/**
 * A note in brackets after a question heading's number: `(alm. del)`, `(L 22)`, `(TRU alm. del)`, `(Alm. del – TRU)`,
 * `(2. samling)`.
 */
export declare const HEADING_NOTE: string;
/**
 * What a question heading may say after its number, up to its colon: `Spørgsmål nr. 671 (Alm. del) fra Folketingets
 * Retsudvalg:` (Justitsministeriet), `Spørgsmål nr. 45 af 3. maj 2012:`, `Spørgsmål 45 vedr. L 12:`, `Spørgsmål nr.
 * 45 stillet af Kim Christiansen (DF):`. The colon is required: without it such a line is a title or a sentence —
 * but after a dash the asker's words make it a heading, as a speech paper heads each samråd question (`Samrådsspørgsmål
 * A – stillet efter ønske fra Aaja Chemnitz (IA)`).
 */
export declare const HEADING_TAIL: string;
/**
 * A question's number as its heading gives it: digits with an optional letter glued on (`128`, `12a`, `117A`), or a
 * samråd question's letters (`A`, `BA`, `Ø`). The heading patterns are case-insensitive, so this part reads any
 * letters; `isQuestionNumber` then holds the letters to capitals.
 */
export declare const HEADING_NUMBER_PART: string;
/**
 * Whether what `HEADING_NUMBER_PART` read is a question's number: digits first (`12`, `12a`), or capitals (`E`, `BA`).
 * `Spm. om` is a title's start ("Spm. om …"), not a question numbered "om".
 */
export declare function isQuestionNumber(raw: string): boolean;
/** A test of one line's text, as a regular expression's `test` is. */
export interface LineTest {
    test(text: string): boolean;
}
/**
 * A question heading on a line of its own (`QUESTION_HEADING_FORM`) whose number, if it gives one, is a question's
 * number: `Spørgsmål nr. 128:`, `Samrådsspørgsmål BA:`, `Spørgsmål E` — not `Spm. om` nor `Spørgsmål ad`.
 */
export declare const QUESTION_HEADING: LineTest;
/**
 * A letter's salutation on a line of its own, which opens its text: `Kære Hans Christian Schmidt`, `Kære
 * beskæftigelsesudvalg`, `Kære formand,`. Not a sentence that opens so (`Kære udvalg, jeg …` runs on).
 */
export declare const SALUTATION: RegExp;
/**
 * The greeting's words — `Med venlig hilsen`, `Venlig hilsen`, `Med venlige hilsner`, or an English letter's
 * (`ENGLISH_CLOSING`) — with `space` between them
 * (`\s+`; `\s?` where an old rendition ran them together, `Medvenlighilsen`): the one spelling every closing pattern
 * is built from. Its capitals are spelt out (`[Mm]ed`), so that a case-sensitive pattern may use it too.
 */
export declare function greetingWords(space: string): string;
/** `Venlig hilsen`, `Med venlig hilsen`, `Med venlige hilsner` at a line's start, also run together (`Medvenlighilsen`). */
export declare const CLOSING: RegExp;
/**
 * `Tabel 1`, `Tabel 2a`, `Tabel 2.1`, `Tabel 1. Bruttotilgang …`, `Tabel 1: …`, `Tabel 1 – …` (the dash not the
 * caption's); and a label without a number, as Word sets a caption whose numbering is off: `Tabel` alone on its line,
 * `Tabel: Forventet fald …` (group 1, the number, then absent).
 */
export declare const TABLE_LABEL: RegExp;
/** A table label's opening, its number if any, and its end: the answer's tests of a label's block (`extract/answer.ts`). */
export declare const TABLE_LABEL_START: string;
/** The label a `TABLE_LABEL` match gives the table: `Tabel 1`, or `Tabel` where it has no number. */
export declare const tableLabelText: (match: RegExpExecArray) => string;
/** `Figur 1. Andel personer …` */
export declare const FIGURE_LABEL: RegExp;
/** `Anm.: Det er kun …`, `Anm: …`, `Note: …` */
export declare const NOTE: RegExp;
/** `Kilde: Jobindsats.dk.`, `Kilder: …` */
export declare const SOURCE: RegExp;
/**
 * A footnote to a table's cells, set under it without `Anm.:` and opened by the mark it explains: `* Foreløbige tal.`,
 * `¹ Opgjort efter ny metode.`, `** Skøn`. A capital letter follows (a sentence, not a sum `* 2`) — or, after a bracket
 * closing the mark, any letter: `¹) angivet i 1.000 helårspersoner`, `*) Skøn`.
 */
export declare const MARKED_NOTE: RegExp;
/**
 * The banner a trial PDF converter set at each page's end in ft.dk's renditions of 2007–09 — the page's furniture,
 * alone on its line (`layout/roles.ts`) or run into a paragraph where a page broke it (`extract/furniture.ts`).
 */
export declare const CONVERTER_BANNER_TEXT = "PDF to HTML - Convert PDF files to HTML files";
/**
 * Whether a line is a note to one of `cells` (a heading `2019*`, a value `1.234¹`): it opens with the mark that cell
 * ends in (not a longer run of it: `**` is not `*`'s), then a letter in any case (`*til og med 8. september 2019`),
 * where `MARKED_NOTE`, which knows no cell, needs a capital.
 */
export declare function notesCell(text: string, cells: readonly string[]): boolean;
/**
 * List bullets: `–`, `-`, `•`, `▪`, LibreOffice's private-use U+F095/U+F0B7, `1)`, `a)`, `A)`, `1.`.
 * A bullet must be followed by a space; `1.` only before a capital, so that `1. januar 2020` is not an item.
 */
export declare const BULLET: RegExp;
/** An ordered bullet: `1)`, `2.`, `a)`. */
export declare const ORDERED_BULLET: RegExp;
/**
 * Whether `text` opens an item of a list or of the notes (`2. Justitsministerens besvarelse af …`, `b) …`): it opens
 * with an ordered bullet where a sentence may start — the line before, if any, ends one. A line the wrapping began with
 * a number that closes a bracket (`… (EUU alm. del – spørgsmål` / `10) vedlægges …`) goes on with its sentence.
 */
export declare function opensListItem(text: string, previous: string | undefined): boolean;
/** A line that ends its sentence or announcement (`.`, `!`, `?`, `:`), trailing spaces allowed. */
export declare const ENDS_SENTENCE: RegExp;
/**
 * A speech paper's head on a line of its own: `Talepapir (det talte ord gælder)`, `TALEPAPIR – DET TALTE ORD GÆLDER`,
 * `TALE`, `Talepunkter`, `Taleseddel`, `Samrådstale`.
 */
export declare const SPEECH_TITLE: RegExp;
/**
 * The first words of a speech at a consultation: `Tak for ordet`, `Tak for invitationen`, `Mange tak for ordet` — a
 * speech paper that has no head saying so (`TALE`) opens with them.
 */
export declare const SPEECH_OPENING: RegExp;
/**
 * `spørgeren` (the one who asked, in the definite form) or `spørgsmålsstilleren`, as a minister answering in the
 * chamber or in a samråd speaks of the member: a word of the Folketing's questions and answers, not of a private
 * letter or a list.
 */
export declare const ASKER_SPOKEN_OF: RegExp;
/** A speech paper's banner alone on its line: `Det talte ord gælder`, `(DET TALTE ORD GÆLDER)`. */
export declare const SPEECH_BANNER: RegExp;
/** Words of a line of running text; a letterhead's lines (`Dato: 14. marts 2008`, `Fil-navn: …`) have fewer. */
export declare const RUNNING_LINE_WORDS = 6;
/**
 * Whether a line reads as running text: six words or more, most of them in lower case — or a speech's first words,
 * however short their line (`Tak for ordet.`).
 */
export declare function readsAsRunningText(text: string): boolean;
/** `TALE` alone on a line: the head of a consultation speech paper. */
export declare const SPEECH_HEAD: RegExp;
/** A year as a table's column heading: `2013`, `2024*` (a star for provisional figures). */
export declare const YEAR_HEADING: RegExp;
/** `Bilag 1`, `Bilag A:`, `Bilag`, `Appendiks 2.` alone on a line: an annex begins. */
export declare const ANNEX_HEADING: RegExp;
export declare function isBlockStart(text: string): boolean;
/** `Ad 1)`, `Ad a.`, `Ad spørgsmål 2:` alone on a line: the head of one part of an answer to a question in parts. */
export declare const PART_HEADING: RegExp;
export declare function isHeading(text: string): boolean;
/**
 * Folketingstidende's address line under a § 20 question's number (webarkiv.ft.dk's pages of 1997–2007): `Til
 * statsministeren (14/1 04) af:`, `Til ministeren for flygtninge, indvandrere og integration (3/5 05) af:`.
 */
export declare const TIDENDE_ADDRESS: RegExp;
/**
 * The enclosure mark set in the margin beside the sentence that names an enclosure: `./.`, `. / .` (a pipe after it
 * where the rendition drew a table's cell: `. / . |`). Not the letter's words: a paragraph drops it from its start,
 * and a line is read for its words without it (`. / .               Jeg kan som svar på …`).
 */
export declare const ENCLOSURE_MARK: RegExp;
/**
 * The enclosure mark after a sentence, where the rendition ran its line on after the sentence it stood beside
 * (`… drøftelse af regionernes redegørelser. ./.`, `… som oplyser følgende: ./.`), or ran the next sentence on after
 * it (`… følgende: ./. ”Sundhedsstyrelsen kan …`): not the letter's words either.
 */
export declare const ENCLOSURE_MARK_END: RegExp;
/**
 * A footnote's number set alone under the table heading it marks: `1` … `9` (text renditions set it on a line of its
 * own, PDFs on a line of the header's own under the heading).
 */
export declare const HEADING_FOOTNOTE_MARK: RegExp;
//# sourceMappingURL=markers.d.ts.map