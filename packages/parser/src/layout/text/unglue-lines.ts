/**
 * Old ft.dk/eu.dk text renditions (early 2000s) that set a whole letter, or long stretches of it, on one line:
 * letterhead, addressee, preamble, question, answer and signature glued together, with runs of spaces where lines or
 * cells were — `Udskriftsvenlig version   København, den 9. maj 2003 Holmens Kanal 42 … Folketingets Forsvarsudvalg
 * … Under henvisning til … Med venlig hilsen Svend Aage Jensby`, `  Side 2/15   Bilag til … Spørgsmål nr. 1: …
 * Svar: …`. Read as it stands, the whole line is one paragraph and the letter's parts are lost in it.
 *
 * This pre-pass cuts such a line into the lines a reader sees: at wide gaps before a capital, before the headings and
 * letterhead labels a letter uses, around a page's running header (`Side 2/15`), a letter's date line and its closing.
 * It acts only on a line far longer than any normal line that carries several such signs (or one, where a heading is
 * glued on both sides: `… hidtil.Svar:Det var …`), or on a line of letterhead
 * labels each followed by a wide gap (a label column flattened: `Dato:      7. april 2008 Kontor:     …`), so a long
 * paragraph of running text stays one. Words broken by stray spaces (`ko   n- trolbesøgene`) are not cut: a gap is a
 * cut only before a capital.
 */
import { LONG_DATE, MONTH_NAME } from '../../util/dates.js'
import { hot } from '../../util/hot-patterns.js'
import { repairGluedPieces } from '../../util/hyphenation.js'
import { matchesOf } from '../../util/matches.js'
import { type Cut, cutsAround } from '../cuts.js'
import { PDF_LINK_TEXT } from '../roles.js'

/*
 * Most cuts are empty matches read both behind and ahead of their place: the patterns test what lies ahead (a word, a
 * capital) before what lies behind, so that most places fail on their first character — where what lies ahead is
 * bounded (not `CAPITALS_GLUED`'s run of capitals, which read at every place of a line of capitals would cost time
 * quadratic in its length).
 */

/** A line at least this long may be a glued letter (one paragraph a line runs to ~1,300 in the corpus, so signs decide). */
export const GLUED_LETTER_LINE = 400

/** Signs of glued letter parts a line needs before it is cut: one stray gap or heading in a paragraph cuts nothing. */
export const MIN_GLUED_SIGNS = 3

/** Labelled letterhead cells, each before a wide gap, that make a flattened label column (`Dato:`, `Kontor:`, `J.nr.:`). */
export const MIN_GAPPED_LABELS = 3

/** A wide gap (3+ spaces) before a capital or an opening quote: `version   København`, `høj.   Jeg kan`. */
const WIDE_GAP = /(?<! ) {3,}(?=[\p{Lu}”“"»„])/gu

/**
 * Letterhead labels: `J.nr.:`, `J. nr.`, `Sagsnr.:`, `Journalnr.`, `Dato:`, `Kontor:`, `Dok.:`, `Sagsbeh.:`,
 * `Fil-navn:`, `Vores sag`. The dotted ones may stand without a colon, and `Vores sag` (Beskæftigelsesministeriet's,
 * capitalised as no sentence's middle is); the plain words need one (`Dato` alone is a word).
 */
const LABEL = String.raw`(?:(?:J\.\s?nr|Sagsnr|Journalnr|Sagsbeh|Dok)\.:?|(?:Dato|Kontor|Fil-?navn|Sagsbehandler|Reference):|Vores\ssag:?)`

/** A letterhead label where a cell began: `… Politiafdelingen Kontor: Politikontoret Sagsnr.: 2006-150-0213`. */
const LABEL_START = new RegExp(String.raw`(?<=\s)${LABEL}(?=\s)`, 'gu')

/**
 * The date's label with no date after it, the letter's title run on behind it (`STATSMINISTERIET Dato: Statsminister
 * Anders Fogh Rasmussens svar på spørgsmål nr. 1 – 5 …`, 2005): cut after the label, so that the title is no date's
 * field. A capitalised word right after the label; a date starts with a figure.
 */
const EMPTY_DATE_LABEL = /(?<=(?:^|\s)Dato:)(?=\s{1,3}\p{Lu}\p{Ll})/gu

/** A letterhead label followed by a wide gap: `Dato:           7. april 2008`, `J.nr.:            2006-2469-63`. */
const GAPPED_LABEL = new RegExp(String.raw`(?<!\S)${LABEL} {3,}(?=\S)`, 'gu')

/**
 * Headings and openings a letter part starts with, preceded by a space: `Spørgsmål nr. 1:`, `Spørgsmål 169:`,
 * `Spørgsmål:`, `Svar:`, `Svar (supplerende):`, `Med venlig hilsen`, `Under henvisning til`. Capitalised and (for
 * the two headings) with the colon, as headings are; `mit svar: …` in a sentence has neither. The two headings may
 * also be glued to a sentence's end (`…?”Svar:Jeg kan`) and the question's to a word (`…
 * tiludenrigsministerenSpørgsmål 140:`), also to a name in capitals (`UDENRIGSMINISTERIETSpørgsmål nr. 13:`): no
 * sentence runs a word into a capitalised heading.
 */
/**
 * A question's heading ahead: `Spørgsmål nr. 1:`, `Spørgsmål 169:`, `Spørgsmål:`, `Samrådsspørgsmål A:`, a § 20
 * question's `Spørgsmål nr. S 1644:`, a bill's after its number (`Spørgsmål nr. 185 ad L 38:`) — its words
 * also apart by the runs of spaces a 2005 rendition justified its lines with (`Spørgsmål  nr. 244:`, `Spørgsmål    41:`).
 */
const QUESTION_HEADING_AHEAD = String.raw`(?=(?:Samrådss|S)pørgsmål(?:\s{0,6}nr\.)?\s{0,6}(?:S\s?(?=\d))?[\dA-ZÆØÅ]{0,5}\s?(?:\([^()]{1,12}\))?(?:\s{1,3}(?:ad|til)\s{1,3}[LB]\s?\d{1,3})?\s?:)`

const HEADING_START = new RegExp(
  [
    String.raw`${QUESTION_HEADING_AHEAD}(?<=\s|[.?!”"»«“]|\p{Ll}|\p{Lu}{3})`,
    String.raw`(?=(?:Endeligt\s|Foreløbigt\s|Supplerende\s)?Svar(?:\s?\([a-zæøå]{3,15}\)|\s\d{1,3})?\s?:)(?<=\s|[.?!”"»«“’])`,
    String.raw`(?=Under\shenvisning\stil\s)(?<=\s)`,
  ].join('|'),
  'gu',
)

/**
 * A question named by its number and date with its text quoted right after it, glued on one line: `Ad EUU alm. del -
 * Spørgsmål 10 af 13. december 2004 ”Idet der henvises …”` (Udenrigsministeriet, 2005). Cut after the date, so that
 * the name stands as the question's heading over its text.
 */
const QUESTION_BEFORE_QUOTE = new RegExp(
  String.raw`Spørgsmål\s(?:nr\.\s?)?\d{1,4}\saf\s(?:den\s)?${LONG_DATE.source}(?=\s{0,3}[”“"„»])`,
  'gu',
)

/** A closing, cut off on both sides: the name follows it on a line of its own (`Med venlig hilsen Svend Aage Jensby`). */
const CLOSING = /(?<=\s)(?:Med\s)?[Vv]enlig\shilsen(?=\s)/gu

/**
 * A page's number at the start of a line that glues the whole page, before the page's first question heading: `3
 * Spørgsmål nr. 179: "Vil …" Svar: …` (webarkiv renditions that set each page of an annex on one line), also glued to
 * it (`1Spørgsmål: Ministeren …`). Cut off as a line of its own, which `layout/roles.ts` reads as the page's number.
 */
const PAGE_NUMBER_BEFORE_HEADING = new RegExp(String.raw`^\d{1,3}(?=\s{0,3}${QUESTION_HEADING_AHEAD})`, 'gu')

/** The piece `PAGE_NUMBER_BEFORE_HEADING` or `PAGE_HEADER` cuts off a line's start: a number alone, `Side 2`. */
const PAGE_NUMBER_PIECE = /^(?:Side\s)?\d{1,3}$/u

/**
 * A page's running header, cut off on both sides: `Side 2/15`, `Side 3 af 15`, and a page's number alone at the start
 * of a line that glues the page, a capitalised word after it (`Side 2 Spørgsmål: …`).
 */
const PAGE_HEADER = /(?<!\S)Side\s\d{1,3}\s?(?:\/|af)\s?\d{1,3}(?!\S)|^Side\s\d{1,3}(?=\s\p{Lu})/gu

/**
 * Word's centred page number between dashes inside a glued letter, a capital after it (`… Politikontoret - 1 - Udkast
 * til tale …`): cut off on both sides as a line of its own, which `layout/roles.ts` reads as the page's number — after
 * a word, not after a number (`kl. 10 - 12 - Mødet` is a range), and before a capital (not `- 1 - og`).
 */
const WORD_PAGE_MARK = /(?<=[\p{L}.)]\s)-\s\d{1,3}\s-(?=\s\p{Lu})/gu

/** A date in figures with points, as a letterhead writes it: `06.12.2005`. */
const DOTTED_DATE = String.raw`(?<!\d)\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}(?!\d)`

/**
 * A letter's date line, cut off on both sides where a capital (or the line's end) follows the year:
 * `København, den 9. maj 2003 Holmens Kanal 42`, `Den  20. juni 2005 Sagsnr.: 433-41`, `Den 06.12.2005 Miljøministerens
 * besvarelse …` (the date in figures, `DOTTED_DATE`), a month and its year after a sentence's end (`… størrelsesordenen.
 * Maj 2005 Vores sag 04-201-52/101-0012`: a letter dated by its month), a labelled date glued onto
 * the field before it (`Dokument nr. 2833/10Dato: 8. januar 2010 Jeg skal …`), a date right after the addressee's
 * address (`Folketingets Uddannelsesudvalg Christiansborg 17. november 2004 I forbindelse med …`). A sentence that opens with a date
 * (`Den 15. februar 2006 besluttede jeg …`) goes on in lower case and is not cut.
 */
const DATE_LINE = new RegExp(
  String.raw`(?:(?:(?<!\S)(?:\p{Lu}\p{Ll}{2,20},\s{1,3}den|Den)\s{1,3}|Dato:\s{0,3}|(?<=Christiansborg\s{1,3}))(?:${LONG_DATE.source}|${DOTTED_DATE})|(?<=[.?!]\s{1,3})${MONTH_NAME}\s(?:19|20)\d{2})(?=\s{1,40}(\S)|\s*$)`,
  'giu',
)

/**
 * Whether a `DATE_LINE` match is a date line: the month's name takes any case (`14. MARTS 2002`), so the pattern is
 * case-insensitive, and under the `i` flag `\p{Lu}` takes lower case too — the capitals are tested here: a
 * capitalised `Den`, a place before `den` or a capitalised month (no lower case first), a capital or the line's end
 * after the year. `… i Ukraine den 26. december 2004 har regeringen …` is a sentence.
 */
function isDateLine(match: RegExpMatchArray): boolean {
  const next = match.at(-1)
  return !/^\p{Ll}/u.test(match[0]) && (next === undefined || /^\p{Lu}/u.test(next))
}

/**
 * A letterhead field glued onto the one before it, with no space, as old renditions run a letterhead's column into
 * one line: `Frederiksholms Kanal 21Postboks 2123`, `København Kwww.km.dk`, `www.km.dkTelefon 3392 3390`, `3390Telefax
 * 3392 3913`, `3913e-post …`, `[email protected]Dokument nr. 2833/10`, `2833/10Dato: 8. januar 2010`, `1220 København
 * KTlf. 33 92 …`. The cut goes before the label. Running text writes a space before these words.
 */
const GLUED_FIELD = hot(
  /(?=Postboks\s|Telefon|Telefax|Tlf\.|Fax\s|E-?mail|www\.|Dokument\s?nr\.|Dato:)(?<=[\p{L}\d\]])|(?=e-post\s)(?<=\d)/gu,
)

/**
 * Words one of which every `GLUED_FIELD` starts with: a line without any is not searched (the pattern is tried
 * at every character of every line; the test of a few literals is cheaper still).
 */
const GLUED_FIELD_WORD = /Postboks|Tele|Tlf\.|Fax|mail|www\.|Dokument|Dato:|e-post/u

/**
 * A letter's date glued to the fields on both sides of it, as old renditions run a letterhead into one line:
 * `UDENRIGSMINISTERIETDato: 20. december 2011Spørgsmål fra Udenrigsudvalget …` (a letter before the label, a
 * capital right after the year), `FinansministerenDen 10. december 2012` (the sender's title before `Den`, the line's
 * end after the year). Cut off as a line of its own; a sentence that opens with a date goes on in lower case.
 */
const GLUED_DATE_FIELD = new RegExp(
  String.raw`(?<=\p{L})Dato:\s{0,3}${LONG_DATE.source}(?=\p{Lu})|(?<=\p{Ll})Den\s{1,3}${LONG_DATE.source}(?=\p{Lu}|\s*$)`,
  'gu',
)

/**
 * The letter's date glued between a bracket's close and a capitalised word, its line ends lost on both sides: `… til
 * skriftlig besvarelse (alm. del)25. juni 2013Spørgsmål 922 fra …` (Udenrigsministeriet's head, 2013), or between the
 * minister's title in capitals and the letter's first word (`FORSVARSMINISTEREN13. marts 2013Som jeg nævnte …`,
 * Forsvarsministeriet 2013). A date a sentence cites stands after a space or a word (`af 12. juni 2013 til …`), not
 * between the two.
 */
const DATE_GLUED_BETWEEN = new RegExp(String.raw`(?<=\)|\p{Lu}{3})${LONG_DATE.source}(?=\p{Lu}\p{Ll})`, 'gu')

/** Eight capitals in a row: a line that may hold a heading in capitals glued to its neighbours (`CAPITALS_GLUED`). */
const EIGHT_CAPITALS = hot(/\p{Lu}{8}/u)

/** Where `DATE_GLUED_BETWEEN` may match: after a bracket or three capitals, a digit. */
const GLUED_DATE_PLACE = hot(/[)\p{Lu}]\d/u)

/**
 * A line that opens with the minister's title in capitals glued to the letter's date and its first word
 * (`FORSVARSMINISTEREN13. marts 2013Som jeg …`): a glued letter by that sign alone.
 */
const DATED_CAPITALS_START = new RegExp(String.raw`^\p{Lu}{8,}${LONG_DATE.source}\p{Lu}\p{Ll}`, 'u')

/**
 * A letter part that follows the letterhead: the committee addressed (`Folketingets Udvalg for Fødevarer …`) or the
 * letter's title (`Besvarelse af spørgsmål nr. 249 …`, `Svar på spørgsmål 12 …`, `Endeligt svar på …`). Cut only
 * after an address, an e-mail, a web address or a number — not after a word of a sentence (`… spørgsmål fra
 * Folketingets Retsudvalg`, `… min Besvarelse`): `… [email protected] Folketingets Udvalg …`, `… www.jm.dk BB Besvarelse …`.
 * The title may be glued to the ministry's name in capitals before it: `UDENRIGSMINISTERIETSvar på spørgsmål nr. 140 …`.
 */
const LETTER_PART = hot(
  /(?=Folketingets\s\p{L}|Besvarelse\s|(?:Endeligt\s|Foreløbigt\s)?[Ss]var\spå\s)(?<=[^\p{Ll}\s,] )|(?=Besvarelse\s|(?:Endeligt\s|Foreløbigt\s)?Svar\spå\s)(?<=\p{Lu}{3})/gu,
)

/**
 * A name in capitals of the letterhead (`UDENRIGSMINISTERIET`, eight capitals at least) glued after a word or a
 * party's bracket: `… efter ønske fra NikolajVillumsen (EL)UDENRIGSMINISTERIETSpørgsmål nr. 13:` — cut before it.
 */
const CAPITALS_GLUED = /(?<=[\p{Ll})])(?=\p{Lu}{8,}(?!\p{Ll}))/gu

/**
 * A table's label glued after a sentence's end, as old renditions run a page's paragraphs into one line (`… jf. tabel
 * 1.Tabel 1: Årlige antal fraværsdage …`, `… i 2011.Tabel: Forventet fald …`, `… bloktilskud,jf. tabel 1.Tabel
 * 1Beregnet effekt …`): cut before it, so that the label opens a line and its table is looked for after it. Running
 * text sets a space after a sentence's stop, and a table it names in lower case (`jf. tabel 1`).
 */
const GLUED_TABLE_LABEL = /(?<=[.:!?”])(?=Tabel(?:\s?\d{1,2}[a-z]?(?:[.:]|\s?\p{Lu})|:))/gu

/** A glued label's caption glued to its number (`Tabel 1Beregnet effekt …`): cut after the number. */
const GLUED_TABLE_CAPTION = /(?<=[.:!?”]Tabel\s?\d{1,2})(?=\p{Lu}\p{Ll})/gu

/** webarkiv.ft.dk's link to the PDF (`PDF udgave (105 KB)`) opening a glued line: cut after it, a line of its own. */
const PDF_LINK_OPENING = new RegExp(`^${PDF_LINK_TEXT}(?=\\s)`, 'gu')

/** Cuts before each match (the gap or space before it dropped). */
function cutsBefore(text: string, pattern: RegExp): Cut[] {
  return [...matchesOf(pattern, text)].map((match) => ({ index: match.index, at: match.index + match[0].length }))
}

/** Cuts after each match (the space after it dropped with the piece's trimming). */
function cutsAfter(text: string, pattern: RegExp): Cut[] {
  return [...matchesOf(pattern, text)].map((match) => ({ index: match.index + match[0].length, at: match.index + match[0].length }))
}

/** The places a glued letter line is cut, in order. */
function gluedCuts(text: string): Cut[] {
  // A pattern is tried only on a line holding a literal each of its matches needs: their look-behinds are tried at
  // every character of a long line.
  return [
    ...(text.startsWith('PDF') ? cutsAfter(text, PDF_LINK_OPENING) : []),
    ...(text.includes('   ') ? cutsBefore(text, WIDE_GAP) : []),
    ...cutsBefore(text, LABEL_START).map(({ index }) => ({ index, at: index })),
    ...(text.includes('Dato:') ? cutsBefore(text, EMPTY_DATE_LABEL) : []),
    ...(text.includes('Spørgsmål') || text.includes('Svar') || text.includes('Under') ? cutsBefore(text, HEADING_START) : []),
    ...(text.includes('Spørgsmål') ? cutsAfter(text, QUESTION_BEFORE_QUOTE) : []),
    ...(text.includes('Folketingets') || text.includes('Besvarelse') || text.includes('var') ? cutsBefore(text, LETTER_PART) : []),
    ...(GLUED_FIELD_WORD.test(text) ? cutsBefore(text, GLUED_FIELD) : []),
    ...(EIGHT_CAPITALS.test(text) ? cutsBefore(text, CAPITALS_GLUED) : []),
    ...tableLabelCuts(text),
    ...(text.includes('enlig') ? cutsAround(text, CLOSING) : []),
    ...(text.includes('Side') ? cutsAround(text, PAGE_HEADER) : []),
    ...(text.includes(' - ') ? cutsAround(text, WORD_PAGE_MARK) : []),
    ...cutsAround(text, PAGE_NUMBER_BEFORE_HEADING),
    ...cutsAround(text, DATE_LINE, isDateLine),
    ...(GLUED_DATE_PLACE.test(text) ? cutsAround(text, DATE_GLUED_BETWEEN) : []),
  ].sort((a, b) => a.index - b.index)
}

/**
 * Cuts before a table's label glued after a sentence (`GLUED_TABLE_LABEL`) and after its number (`GLUED_TABLE_CAPTION`),
 * in order.
 */
function tableLabelCuts(text: string): Cut[] {
  if (!text.includes('Tabel')) return []
  return [...cutsBefore(text, GLUED_TABLE_LABEL), ...cutsBefore(text, GLUED_TABLE_CAPTION)].sort((a, b) => a.index - b.index)
}

/**
 * A long line that glues no letter but a table's label after a sentence (a glued paragraph, then `Tabel 1Beregnet
 * effekt …`): cut there alone, so that the table is looked for after its label (or its loss warned) instead of its
 * label and caption staying words of the paragraph. Undefined where the line holds no such label.
 */
function gluedTableLabel(text: string): string[] | undefined {
  const cuts = tableLabelCuts(text)
  return cuts.length > 0 ? cutAt(text, cuts) : undefined
}

/** The line cut at the given places, trimmed, empty pieces dropped. */
function cutAt(text: string, cuts: readonly Cut[]): string[] {
  const pieces: string[] = []
  let from = 0
  for (const { index, at } of cuts) {
    if (index < from) continue
    pieces.push(text.slice(from, index))
    from = at
  }
  pieces.push(text.slice(from))
  return pieces.map((piece) => piece.trim()).filter((piece) => piece !== '')
}

/** A flattened label column: `Velfærdsministeriet Dato:      7. april 2008 Kontor:      … J.nr.:      …`, cut before each label. */
function labelColumn(text: string): string[] | undefined {
  // Each label needs a gap of three spaces after it: most lines have none, and are not searched for labels.
  if (!text.includes('   ')) return undefined
  const labels = [...matchesOf(GAPPED_LABEL, text)]
  if (labels.length < MIN_GAPPED_LABELS) return undefined
  return cutAt(
    text,
    labels.map((match) => ({ index: match.index, at: match.index })),
  )
}

/** Glued fields that make a line a letterhead's column run together (one may be a writer's own missing space). */
export const MIN_GLUED_FIELDS = 3

/**
 * A letterhead's column run into one line with no spaces (`Frederiksholms Kanal 21Postboks 2123…Telefon 3392
 * 3390Telefax …Dokument nr. 2833/10Dato: 8. januar 2010`), cut before each glued field and after its date.
 */
function gluedLetterhead(text: string): string[] | undefined {
  if (!GLUED_FIELD_WORD.test(text)) return undefined
  const fields = [...matchesOf(GLUED_FIELD, text)]
  if (fields.length < MIN_GLUED_FIELDS) return undefined
  return cutAt(
    text,
    [...cutsBefore(text, GLUED_FIELD), ...cutsAround(text, DATE_LINE, isDateLine)].sort((a, b) => a.index - b.index),
  )
}

/** A line with a letter's date glued to the fields around it (`GLUED_DATE_FIELD`), cut around the date. */
function gluedDateField(text: string): string[] | undefined {
  if (!text.includes('Dato:') && !text.includes('Den ')) return undefined
  const cuts = cutsAround(text, GLUED_DATE_FIELD)
  return cuts.length === 0 ? undefined : cutAt(text, cuts)
}

/**
 * Where a letterhead's fields were run together with no space between them, each field's capital glued to the end of
 * the one before (`SkatteministerietJ.nr. 2005-318-0412DenSpørgsmål 182TilFolketingets SkatteudvalgHermed sendes …
 * (Alm. del).Kristian Jensen/…`, a 2005 rendition): a capitalised word right after a lowercase letter or a digit, or
 * a case number's label right after a word.
 */
const FIELD_GLUED = /(?=\p{Lu}\p{Ll})(?<=[\p{Ll}\d])|(?=J\.\s?nr\.)(?<=\p{Ll})/gu

/**
 * A capitalised word glued to a lowercase letter or a digit, anywhere: the cheap test before `FIELD_GLUED`. The
 * capital is looked for first and the letter before it read behind it (`[\p{Ll}\d]\p{Lu}\p{Ll}` matches where this
 * does, one place earlier): a pattern that opened with a lowercase letter would pass its first test at most places of
 * a line, this one fails at most (~2x faster over the fixtures' lines).
 */
const ANY_FIELD_GLUED = /\p{Lu}(?<=[\p{Ll}\d]\p{Lu})\p{Ll}|J(?<=\p{Ll}J)\.\s?nr\./u

/** The same after a full stop (`… (Alm. del).Kristian Jensen`): cut too, but no sign by itself (`muligt.Jeg`). */
const FIELD_GLUED_AFTER_STOP = /(?<=\p{Ll}\)?\.)(?=\p{Lu}\p{Ll})/gu

/** Glued fields a line needs before it is cut so: a brand's inner capital or two (`PowerPoint`, `LinkedIn`) is no letterhead. */
const MIN_FIELDS_GLUED = 3

/** A piece that is a letterhead's or a cover's part: the addressee, the case number, the letter's opening, its reference. */
const HEAD_PIECE = /^(?:Til$|Folketingets\s|J\.\s?nr\.|Hermed\s|Spørgsmål\s(?:nr\.\s?)?\d)/u

/**
 * A letterhead whose fields were run together capital to lowercase (`FIELD_GLUED`), cut before each field: three
 * glued fields at least, and among the pieces an addressee, a case number, an opening or a question reference.
 */
function gluedFields(text: string): string[] | undefined {
  // One scan without look-behinds first: most lines have no capital glued to a word at all.
  if (!ANY_FIELD_GLUED.test(text) || (text.match(FIELD_GLUED)?.length ?? 0) < MIN_FIELDS_GLUED) return undefined
  const pieces = cutAt(
    text,
    [...cutsBefore(text, FIELD_GLUED), ...cutsBefore(text, FIELD_GLUED_AFTER_STOP)].sort((a, b) => a.index - b.index),
  )
  return pieces.some((piece) => HEAD_PIECE.test(piece)) ? pieces : undefined
}

/**
 * A letterhead's two labels run together before their colons and values (`Dato J.nr. : : 19. november 2004 432-81`,
 * Transport- og Energiministeriet's letters of 2004–06 set on one line): the date and the case number, the second
 * perhaps empty (`Dato J.nr. : : 3. maj 2005 Det Energipolitiske …`), the colons perhaps lost and the number spaced
 * (`Dato J.nr. 23 . februar 2006 004 - 000405 Trafikudvalget …`).
 */
const LABELS_BEFORE_COLONS = new RegExp(
  String.raw`(?<!\S)Dato\s+J\.\s?nr\.\s*(?::\s*:\s*)?(?<date>${LONG_DATE.source})(?:\s+(?<case>\d[\d./]*(?:\s?-\s?\d[\d./]*)*\d)(?!\S))?`,
  'u',
)

/** The labels set each before its value (`Dato: 19. november 2004   J.nr.: 432-81`), apart by wide gaps to be cut at. */
function labelsBeforeColons(text: string): string {
  if (!text.includes('Dato J')) return text
  return text.replace(LABELS_BEFORE_COLONS, (...match: unknown[]) => {
    // The named groups come last among a replacer's arguments.
    const { date, case: caseNumber } = match.at(-1) as { date: string; case?: string }
    return `   Dato: ${date}   ${caseNumber ? `J.nr.: ${caseNumber}   ` : ''}`
  })
}

/**
 * A word broken at a line end that justification pulled apart: its last letter before the hyphen stands alone
 * behind a gap, the line end kept as a space — `ko   n- trolbesøgene`, `p   o- litiet`, `De t- te` (PDF-to-text of
 * justified letters, 2000s). Behind a single space, a letter that prefixes compounds of its own (`via e- mail`, `en
 * a- kasse`, `u- lande`) is no broken word; nor is a suspended compound's (`a- og b-aktier`).
 */
const STRANDED_LETTER = hot(/(?<=\p{L})(?: {2,8}(\p{Ll})| ([b-df-hj-tvwzæå]))- (?!(?:og|eller|samt|til|som)\b)(?=\p{Ll}{2})/gu)

/** Broken words of that kind a glued letter shows before they are joined: one may be a writer's own. */
const MIN_STRANDED_LETTERS = 2

/** The glued letter with its words broken so joined: `ko   n- trolbesøgene` → `kontrolbesøgene`. */
function joinStrandedLetters(text: string): string {
  return showsStrandedLetters(text) ? withStrandedLettersJoined(text) : text
}

/** Whether a text shows words broken so (`STRANDED_LETTER`) often enough (`MIN_STRANDED_LETTERS`) to join them. */
export function showsStrandedLetters(text: string): boolean {
  if (!text.includes('- ') || !STRANDED_SHAPE.test(text)) return false
  return (text.match(STRANDED_LETTER)?.length ?? 0) >= MIN_STRANDED_LETTERS
}

/** What every `STRANDED_LETTER` holds, without its look-behind: the cheap test of a whole document first. */
const STRANDED_SHAPE = / \p{Ll}- \p{Ll}/u

/**
 * A line's words broken so joined, where the document shows them (`showsStrandedLetters`): a line may hold one
 * alone, as a cover line's date (`af 3. febr   u- ar 2006.`).
 */
export function withStrandedLettersJoined(line: string): string {
  return line.includes('- ') ? line.replace(STRANDED_LETTER, '$1$2') : line
}

/**
 * The question's heading word with one stray gap inside it (`Spør gsmål`, `Spø rgsmål`, `Spørgsmå l`), of one space or
 * two (`Spørgsmå  l nr. 3:`, a 2004 rendition that glued the whole letter onto one line).
 */
const SPACED_QUESTION_WORD = new RegExp(
  Array.from({ length: 'Spørgsmål'.length - 1 }, (_, at) => `${'Spørgsmål'.slice(0, at + 1)} {1,2}${'Spørgsmål'.slice(at + 1)}`).join('|'),
  'u',
)

/**
 * The question's heading with its word broken by a stray space, as 2005 renditions of justified letters break words
 * anywhere (`Spør gsmål 8:`, `Spø rgsmål 1:`, `Spørgsmå l 27:`): a capital `S`, one space inside the word, then its
 * number and colon as a heading has them. `SPACED_QUESTION_WORD` finds the word; the heading's shape decides.
 */
const SPACED_QUESTION_HEADING = new RegExp(String.raw`(?<!\p{L})(?:${SPACED_QUESTION_WORD.source})(?=\s{0,6}(?:nr\.\s?)?\d{1,4}\s?:)`, 'gu')

/** The answer's heading word with one stray space inside it (`Sv ar`, `Sva r`, `S var`). */
const SPACED_ANSWER_WORD = /S var|Sv ar|Sva r/u

/**
 * A heading alone on its line whose word a stray space broke, as justified renditions break words anywhere (`Sv ar`,
 * `Sva r:`, `Spø rgsmål:`, `Spørgsmå l 12:`, `Spørgsm ål nr. 550`): the word, then nothing but what a heading has
 * after it (a number, a colon; the question's word alone needs its colon). Group 1: the question's word; group 2: the answer's.
 */
const SPACED_HEADING_LINE = new RegExp(
  String.raw`^\s*(?:(${SPACED_QUESTION_WORD.source})(?=\s{0,6}(?:(?:nr\.\s?)?\d{1,4}\s?:?|:)\s*$)|(${SPACED_ANSWER_WORD.source})(?=\s?:?\s*$))`,
  'u',
)

/**
 * A line that is a heading or the closing's greeting whose word a stray space broke, mended (`SPACED_HEADING_LINE`,
 * `SPACED_GREETING`); undefined for any other.
 */
function spacedHeadingLine(line: string): string | undefined {
  // Cheap literal tests first: every such line is short, and opens with `S` or is a greeting.
  if (line.length > SPACED_HEADING_MAX) return undefined
  const greeting = SPACED_GREETING.exec(line)
  if (greeting) return spacedGreeting(line, greeting)
  if (!line.includes('S')) return undefined
  const match = SPACED_HEADING_LINE.exec(line)
  if (!match) return undefined
  return `${match[1] ? 'Spørgsmål' : 'Svar'}${line.slice(match.index + match[0].length)}`
}

/**
 * The closing's greeting with a stray space inside a word (`Med v enlig hilsen`, `Venlig hils en`): its letters with
 * at most one space between any two, `med` optional. Group 1: `med`; 2: `venlig(e)`; 3: `hilsen`/`hilsner`; 4: a
 * comma after it.
 */
const SPACED_GREETING = /^\s*(?:(m ?e ?d) ?)?(v ?e ?n ?l ?i ?g ?(?:e ?)?) ?(h ?i ?l ?s ?(?:e ?n|n ?e ?r))(,?)\s*$/iu

/** The greeting `SPACED_GREETING` read, its words rejoined, where a stray space broke one of them; else undefined. */
function spacedGreeting(line: string, match: RegExpExecArray): string | undefined {
  const words = [match[1], match[2], match[3]].filter((word): word is string => word !== undefined).map((word) => word.replaceAll(' ', ''))
  const mended = `${words.join(' ')}${match[4] ?? ''}`
  return mended === line.trim() ? undefined : mended
}

/** The longest line read as such a heading: `Spørgsmå l nr. 1234:` and a few spaces. */
const SPACED_HEADING_MAX = 30

/** A glued letter's question headings broken by a stray space mended (`Spør gsmål 8:` → `Spørgsmål 8:`). */
function mendSpacedHeadings(text: string): string {
  return text.includes('Sp') && SPACED_QUESTION_WORD.test(text) ? text.replace(SPACED_QUESTION_HEADING, 'Spørgsmål') : text
}

/**
 * A question's or answer's heading glued on both sides, to a sentence's end or a word before it and to its text after
 * it (`… hidtil.Svar:Det var …`, `… rettigheder”Svar:Menneskerettighederne …`, `…MINISTERIETSpørgsmål nr. 13:Hvorfor
 * …`, a § 20 question's `… besvares.Spørgsmål nr. S 1644:’’Vil …`): no sentence runs so, only a rendition that lost
 * the letter's line ends. A glued letter line by itself, where it is also cut there.
 */
const GLUED_HEADING = /[.?!”"»«“’\p{L}](?:Spørgsmål(?:\snr\.)?\s(?:S\s?)?\d{1,4}|Svar):(?:[”“"„»]|’’)?\p{Lu}/u

/**
 * The lines a reader sees in one source line: the line itself unless it is a glued letter (long, with several
 * signs of letter parts) or a flattened label column. Pieces keep their own inner spacing; words a glued letter's
 * justification broke apart are joined (`joinStrandedLetters`).
 */
export function unglueLetterLine(line: string): string[] {
  const trimmed = line.trimEnd()
  if (trimmed.length < GLUED_LETTER_LINE) {
    const heading = spacedHeadingLine(trimmed)
    if (heading) return [heading]
    return labelColumn(trimmed) ?? gluedLetterhead(trimmed) ?? gluedFields(trimmed) ?? gluedDateField(trimmed) ?? [line]
  }
  // An indented rendition's margin is no part of the letter (`   Side 2 Henvendelse fra …`): cut from its text.
  const text = labelsBeforeColons(joinStrandedLetters(mendSpacedHeadings(trimmed.trimStart())))
  // A gap before a heading is one sign, not two: the signs are the places the line comes apart.
  const pieces = cutAt(text, gluedCuts(text))
  // A page's number cut off before the page's first heading is a sign besides that heading (one cut, two signs).
  const signs = pieces.length - 1 + (PAGE_NUMBER_PIECE.test(pieces[0] ?? '') ? 1 : 0)
  if (signs < MIN_GLUED_SIGNS && !(signs > 0 && (GLUED_HEADING.test(text) || DATED_CAPITALS_START.test(text))))
    return labelColumn(text) ?? gluedTableLabel(trimmed) ?? [line]
  // Pieces of a glued letter keep its repairs, though each may be short (`pro-jekt` was a line end) — unless the
  // letter kept its line ends as spaces, when those are joined in every piece and its hyphens without a space kept.
  return repairGluedPieces(text, pieces)
}
