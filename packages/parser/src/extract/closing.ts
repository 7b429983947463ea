/**
 * Where the letter's closing starts: "Med venlig hilsen" / "Venlig hilsen" (also glued onto the name,
 * `Med venlig hilsenHenrik Dam Kristensen`, or set one word a line, `Med / venlig / hilsen`) or a committee's "På
 * udvalgets vegne" — or, in letters that sign without a greeting (as some ministries do), a bare signature at the
 * very end: the minister's name on a block of its own, then the official who signs for the minister (`/ Lise
 * Hansen`, `Benedikte Kiær/ Karin Ingemann`) or a minister's title, or nothing but the ministry's footer
 * (`Miljøministeriet • Højbro Plads 4 • …`); the ministry's footer may follow it.
 */
import { CLOSING, CUT_GREETING_WORDS, greetingWords, readsAsRunningText } from '../layout/markers.js'
import { SENTENCE_GOES_ON } from '../layout/roles.js'
import { readOnce } from '../util/memo.js'
import { PERSON_NAME } from '../util/person-name.js'
import { endsText, type Line } from './lines.js'
import { isSideColumnLine } from './side-column.js'

/** The greeting glued onto the name that follows it: `Med venlig hilsenHenrik Dam Kristensen`. */
const CLOSING_GLUED = new RegExp(String.raw`^${greetingWords(String.raw`\s+`)}(?=\p{Lu})`, 'u')

/** An official's signing on the minister's behalf, spelt out: `På ministerens vegne`, `Efter bemyndigelse`. */
const ON_BEHALF_WORDS = String.raw`på\s+ministerens\s+vegne|efter\s+bemyndigelse`

/**
 * The same, abbreviated: `P.M.V.` (på ministerens vegne), `E.B.` (efter bemyndigelse); and `p.p.` (per procura), with
 * a letter of whose behalf after it (`p.p.v.`), as letters other than a ministry's sign for their chair.
 */
const ON_BEHALF_ABBREVIATIONS = String.raw`p\.\s?m\.\s?v\.?|e\.\s?b\.?|p\.\s?p\.(?:\s?\p{L}\.)?`

/** A committee's `På udvalgets vegne` abbreviated, as its older letters sign: `P.u.v.` (its chair's name follows). */
export const COMMITTEE_BEHALF_ABBREVIATION = String.raw`P\.\s?u\.\s?v\.`

/** A line that is nothing but an official's signing on the minister's behalf: the official's name follows. */
export const ON_BEHALF = new RegExp(`^(?:${ON_BEHALF_WORDS}|${ON_BEHALF_ABBREVIATIONS})$`, 'iu')

/**
 * Lines that open the closing: the greeting, a committee's `På udvalgets vegne` (`P.u.v.`), and — where the letter has no
 * greeting — a line of an official's signing on the minister's behalf (`ON_BEHALF`); `På ministerens vegne` also
 * with the name glued after it.
 */
export const ANSWER_END = [
  CLOSING,
  new RegExp(String.raw`^(?:På\s+(?:udvalgets|ministerens)\s+vegne|${COMMITTEE_BEHALF_ABBREVIATION})`, 'u'),
  ON_BEHALF,
]

/**
 * The greeting at the start of a line, to take off what is glued after it: every opener `ANSWER_END` takes for the
 * closing's line (an official's `P.M.V.`, `E.B.` or `På ministerens vegne` too, else it is read as the signer's name).
 */
export const GREETING = new RegExp(
  String.raw`^(?:${greetingWords(String.raw`\s*`)}|på\s+udvalgets\s+vegne|${ON_BEHALF_WORDS}|(?:${ON_BEHALF_ABBREVIATIONS}|${COMMITTEE_BEHALF_ABBREVIATION})(?=\s|$))`,
  'iu',
)

/** The greeting set one or two words a line: `Med` / `venlig` / `hilsen`. */
const GREETING_WHOLE = new RegExp(`^${greetingWords(String.raw`\s*`)}$`, 'iu')

/** The greeting's words, each alone on a line. */
const GREETING_PART = /^(?:med|venlig(?:e)?|hils(?:en|ner)|med\s+venlig(?:e)?|venlig(?:e)?\s+hils(?:en|ner))$/iu

/** The official's line below a minister's name: `/ Peter Bach-Mortensen`, or `/` alone. */
export const OFFICIAL = /^\/\s*(?:\p{Lu}|$)/u

/** A name: capitalised words, hyphens allowed (`Ane Halsboe-Jørgensen`). */
export const NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|von|van|de|af)){1,5}$/u

/**
 * A line shaped as a person's name though an inner word is not capitalised (`Troels lund Poulsen`, misspelt): two to
 * five words, the first and last capitalised. Read as a name only where a lone `/` and the official's name follow it.
 */
export const NAME_SHAPED = /^\p{Lu}\p{Ll}+(?:\s+\p{L}[\p{L}'’.-]*){0,3}\s+\p{Lu}[\p{L}'’.-]*$/u

/** Whether `text` is a name (`NAME`), or one misspelt in case (`NAME_SHAPED`) where it stands over a lone `/`. */
export function readsAsName(text: string, overSlash: boolean): boolean {
  return NAME.test(text) || (overSlash && NAME_SHAPED.test(text))
}

export interface Closing {
  /** The greeting's first line, or the name where there is no greeting. */
  line: Line
  /** The greeting's last line (the same as `line` unless the greeting is split over lines). */
  last: Line
  /** A signature without a greeting: the line is the name itself. */
  bare: boolean
  /** A bare name with neither the official's line nor a title to confirm it is a signature (`loose` only). */
  unconfirmed?: boolean
}

/**
 * The minister's name, when `text` is a name followed by the official's on the same line, split at its one slash:
 * `Benedikte Kiær/ Karin Ingemann`, `Peter Hummelgaard / Anne Hansen`.
 */
export function ministerBeforeOfficial(text: string): string | undefined {
  // Most lines asked hold no slash: a search, not a split's array, tells them.
  if (!text.includes('/')) return undefined
  const parts = text.split('/')
  if (parts.length !== 2) return undefined
  const [minister, official] = parts.map((part) => part.trim())
  return minister && official && NAME.test(minister) && NAME.test(official) ? minister : undefined
}

/**
 * The minister's name, when `text` is a name with the official's slash at its end and the official's name on a line
 * after it (`Bertel Haarder                /` / `Torben Stærgaard`, old Word renditions that set the two signatures in
 * the columns of a table).
 */
export function nameBeforeSlash(text: string): string | undefined {
  const trimmed = text.trim()
  if (!trimmed.endsWith('/')) return undefined
  const name = trimmed.slice(0, -1).trim()
  return NAME.test(name) ? name : undefined
}

/** A line that ends its sentence: a stop, question or exclamation mark, or a closing quotation mark or bracket. */
const SENTENCE_CLOSED = /[.!?”"»“«)]\s*$/u

/** Whether `line` opens a block of the tree (a paragraph of its own), not a line inside a paragraph. */
function opensBlock(lines: readonly Line[], line: Line): boolean {
  const before = lines[line.index - 1]
  return !before || before.block !== line.block
}

/** A line that is nothing but a greeting cut off where the stored text ends (`CUT_GREETING_WORDS`: `Med venlig hil`). */
export const CUT_GREETING = new RegExp(`^${CUT_GREETING_WORDS}$`, 'u')

/**
 * The greeting at line `at`, whole on the line, glued onto the name or split over up to three lines: its last line.
 * The glued form only where it opens a block, unless `loose` (the answer ends at the closing's block, and must not
 * lose the paragraph such a line was glued into); the split form also after a sentence's end inside a block.
 */
function greetingAt(lines: readonly Line[], at: Line, loose: boolean): Line | undefined {
  if (at.role) return undefined
  if (ANSWER_END.some((pattern) => pattern.test(at.text))) return at
  // The greeting cut off where the stored text ends (`Med venlig hil`): the closing, whatever followed it lost.
  if (CUT_GREETING.test(at.text.trim()) && endsText(lines, at)) return at
  const opens = loose || opensBlock(lines, at)
  if (opens && CLOSING_GLUED.test(at.text)) return at
  if (!GREETING_PART.test(at.text.trim()) || !/^med\b/iu.test(at.text.trim())) return undefined
  // A greeting a word or two a line is no running text's, also where the layout ran it into the paragraph above (a
  // last line as long as the column leaves no room by width): after that paragraph's last sentence.
  if (!opens && !SENTENCE_CLOSED.test(textBefore(lines, at)?.text ?? '')) return undefined
  let text = at.text.trim()
  for (let offset = 1; offset <= 2; offset++) {
    const next = lines[at.index + offset]
    if (!next || next.role || !GREETING_PART.test(next.text.trim())) return undefined
    text = `${text} ${next.text.trim()}`
    if (GREETING_WHOLE.test(text)) return next
  }
  return undefined
}

/**
 * The closing at or after line index `from`, if any. `loose` also takes a closing inside a paragraph (a greeting
 * glued onto the text's last line, a bare signature right after the text's last sentence): where the signature is,
 * though not where the answer's blocks end.
 */
export function findClosing(lines: readonly Line[], from = 0, loose = false): Closing | undefined {
  const read = closingReads(lines)
  const greetings = loose ? read.looseGreetings : read.greetings
  for (const line of lines) {
    if (line.index < from) continue
    let last = greetings[line.index]
    if (last === undefined) {
      last = greetingAt(lines, line, loose) ?? null
      greetings[line.index] = last
    }
    if (last) return { line, last, bare: false }
  }
  const bareRead = loose ? 'looseBare' : 'bare'
  if (read[bareRead] === undefined) read[bareRead] = bareSignature(lines, loose) ?? null
  const line = read[bareRead]
  if (line) return line.index >= from ? { line, last: line, bare: true } : undefined
  if (loose && read.alone === undefined) read.alone = nameAloneAtEnd(lines) ?? null
  const alone = loose ? read.alone : undefined
  return alone && alone.index >= from ? { line: alone, last: alone, bare: true, unconfirmed: true } : undefined
}

/**
 * The line before `line` that is the letter's, past ft.dk's page furniture between them (the running line, the next
 * page's image `1296327_0002.png`): a page may break between the text's last sentence and the signature.
 */
function textBefore(lines: readonly Line[], line: Line): Line | undefined {
  let at = line.index - 1
  while (at >= 0 && (lines[at]?.role === 'stamp' || lines[at]?.role === 'page-footer')) at--
  return lines[at]
}

/**
 * What `findClosing` read of a document's lines, kept for the next asker (the answer asks twice, the signature and
 * the split once more, each from another line on): each line's greeting (`greetingAt`: its last line, `null` for
 * none), strict and loose, and the bare signatures and the name alone at the end (`null` for none), filled as asked.
 */
interface ClosingReads {
  greetings: (Line | null | undefined)[]
  looseGreetings: (Line | null | undefined)[]
  bare?: Line | null
  looseBare?: Line | null
  alone?: Line | null
}

const closingReads = readOnce((_lines: readonly Line[]): ClosingReads => ({ greetings: [], looseGreetings: [] }))

/**
 * A person's name: two to four capitalised words (`Carina Christensen`, `Ane Halsboe-Jørgensen`), a particle before one
 * (`Lise von Seelen`), a middle name as an initial or written short (`Holger K. Nielsen`, `Lars Chr. Lilleholt`).
 */
const PERSON = new RegExp(`^${PERSON_NAME}$`, 'u')

/**
 * Words that make capitalised words an office's, a body's or an institution's name, not a person's (`Folketingets
 * Lovsekretariat`, `Danmarks Statistik`, `Transportministeriet`): their stems, anywhere in the words — the one list the
 * signature's readings and the bare signature's test read.
 */
export const NOT_A_PERSON =
  /ministeri|udvalg|folketing|sekretariat|styrelse|kontor|afdeling|departement|råd|institut|cente?r|kommune|region|statistik|universitet|fond|bank|politi/iu

/**
 * Words that open a name that is not a person's at the letter's end, as a source or an annex is: `Danmarks …`, `Det
 * …`, `Region …`, `Kilde …`, `Tabel …` — a bare name there, where the signature's readings see only names.
 */
const NOT_A_PERSON_OPENING = /^(?:Danmarks|Det|Den|De|Region|Kommune|Bilag|Kilde|Tabel|Figur)\s/iu

/** Whether capitalised words are an institution's or a source's name, not a person's. */
function isInstitution(text: string): boolean {
  return NOT_A_PERSON_OPENING.test(text) || NOT_A_PERSON.test(text)
}

/**
 * The letter's last line a person's name alone, after the text's last sentence (old Trafikministeriet letters sign
 * so, with no greeting, title or official): likely the signature, though nothing confirms it.
 */
function nameAloneAtEnd(lines: readonly Line[]): Line | undefined {
  const name = tailLines(lines).at(-1)
  if (!name || !PERSON.test(name.text.trim()) || isInstitution(name.text)) return undefined
  const before = textBefore(lines, name)
  // After a sentence's end; or after a line of running text whose last word no name goes on with (`… sendt til
  // Folketingets Miljø- og Planlægningsudvalg` / `Lene Espersen`, a rendition that lost the stop): not after a comma,
  // a word a name follows in a sentence (`… efter ønske fra` / `Lene Espersen`), or a list's or a table's short line.
  if (!before || !SENTENCE_GOES_ON.test(before.text)) return name
  return !before.text.endsWith(',') && !NAME_FOLLOWS.test(before.text) && readsAsRunningText(before.text) ? name : undefined
}

/**
 * The last word of a line that a name goes on the sentence after: a preposition, a conjunction, a title
 * (`… efter ønske fra`, `… og`, `… ved minister`).
 */
const NAME_FOLLOWS =
  /(?:^|\s)(?:af|fra|til|ved|med|for|hos|om|og|eller|samt|mellem|end|som|hr|fru|minister(?:en)?|formand(?:en)?|medlem(?:met)?|kollega|kontakt|v)$/iu

/**
 * The last lines of running text, without the ministry's footer, page numbers and side column after the name; read once
 * a document (each `findClosing` that finds no greeting asks).
 */
const tailLines = readOnce(function tailLines(lines: readonly Line[]): readonly Line[] {
  const text = lines.filter((line) => !line.role)
  let end = text.length
  while (end > 0) {
    const line = text[end - 1] as Line
    if (!continuesFooter(line, lines) && (!isFooterLine(line, lines) || NAME.test(line.text))) break
    end--
  }
  // A signature's image drawn as dots by the rendition (`Jacob Jensen` / `/` / `... . . .` / `. .` / `Nicolai
  // Højlund`) is no line of the letter's.
  const tail: Line[] = []
  for (let at = end - 1; at >= 0 && tail.length < TAIL_LINES; at--) {
    const line = text[at] as Line
    if (!DOTS_ONLY.test(line.text)) tail.unshift(line)
  }
  return tail
})

/** The last lines of running text read for a signature without a greeting. */
const TAIL_LINES = 4

/** A line of dots and spaces only: a signature's image as a rendition drew it (`... . . .`, `. .`). */
const DOTS_ONLY = /^\s*[.…][\s.…]*$/u

/** The name line of a signature that ends the document without a greeting, if the last lines read as one. */
function bareSignature(lines: readonly Line[], loose: boolean): Line | undefined {
  const tail = tailLines(lines)
  for (let at = 0; at < tail.length; at++) {
    const name = tail[at] as Line
    const rest = tail.slice(at + 1)
    // `Benedikte Kiær/ Karin Ingemann` as the last line.
    if (!loose && !opensBlock(lines, name)) continue
    if (rest.length === 0 && ministerBeforeOfficial(name.text)) return name
    // `Bertel Haarder   /`, then the official's name (a blank or stray line between at most).
    const filled = rest.filter((line) => line.text.trim() !== '')
    if (nameBeforeSlash(name.text) && filled.length === 1 && NAME.test(filled[0]?.text.trim() ?? '')) return name
    if (rest.length === 0 || !readsAsName(name.text, rest[0]?.text.trim() === '/')) continue
    const official = rest.findIndex((line) => OFFICIAL.test(line.text))
    const titled = rest[0] !== undefined && isMinisterTitle(rest[0].text)
    // Everything after the name is the title and/or the official (whose name may follow a lone "/").
    const signedFor = official >= 0 && official <= 1 && rest.length - official <= 2 && (official === 0 || titled)
    // The name opens a block of its own, or follows a finished sentence (not the end of a paragraph that happens to
    // be capitalised words). A name with the official who signs for the minister needs no more.
    const before = textBefore(lines, name)
    const opens = !before || before.block !== name.block || !/[\p{Ll},]$/u.test(before.text)
    if (signedFor || (titled && rest.length === 1 && opens)) return name
  }
  return nameBeforeFooter(lines, tail.at(-1), loose)
}

/** The ministry's footer on one line, its parts set apart by bullets: `Miljøministeriet • Højbro Plads 4 • 1200 København K`. */
const FOOTER_SEPARATED = /\s[•·]\s.*\s[•·]\s/u

/**
 * A contact part's label: `Tlf.`, `Telefon`, `Telefax`, `Fax`, `CVR`, `EAN`, `E-mail`, `e-post` — the one list the
 * footer's, a side column's and a letterhead's contact lines are read by.
 */
export const CONTACT_LABEL = String.raw`Tlf\.|Telefon|Telefax|Fax|CVR|EAN|E-?mail|e-post`

/** A web or e-mail address whole, or as the rendition's e-mail protection left it. */
const WEB_OR_MAIL = String.raw`www\.[\p{L}\d-]+\.\p{L}{2,}|[\p{L}\d]@[\p{L}\d-]+\.\p{L}{2,}|\[email[\s\u00a0]protected\]`

/**
 * A footer's contact parts: `Tlf. 72 54 60 00`, `Telefon +45 33 92 33 00`, `Tlf.: +45 3392 0000` (a colon after the
 * label, Udenrigsministeriet's), `www.mim.dk`, `CVR 12854358`, `EAN 5798000862005`, an e-mail address — a label with
 * its number after it.
 */
export const FOOTER_CONTACT = new RegExp(String.raw`(?:^|\s)(?:${CONTACT_LABEL}):?\s?\+?\d|${WEB_OR_MAIL}`, 'u')

/**
 * The same parts as old renditions glue them, labels run together with no number after each and addresses cut off
 * (`1260 København KTelefonTelefax3392 9700…`, `www.vtu.dk`): a label or the start of an address anywhere.
 */
export const GLUED_CONTACT = new RegExp(String.raw`${CONTACT_LABEL}|www\.|\S@\S|\[email[\s\u00a0]protected\]`, 'u')

/**
 * A footer's bullet alone, or a contact label alone after its bullet, its number on the next line (`•`, `• CVR` /
 * `12854358`): a footer a narrow column broke at every part.
 */
const FOOTER_PART_ALONE = new RegExp(String.raw`^(?:[•·]|[•·]?\s?(?:${CONTACT_LABEL}))$`, 'u')

/** Whether `line` reads as the ministry's footer (or a side column's address block): no text of the letter. */
function isFooterLine(line: Line, lines: readonly Line[]): boolean {
  return (
    isSideColumnLine(line, lines) ||
    FOOTER_PART_ALONE.test(line.text.trim()) ||
    FOOTER_SEPARATED.test(line.text) ||
    FOOTER_CONTACT.test(line.text) ||
    continuesFooter(line, lines) ||
    wrappedAtBullet(line, lines)
  )
}

/** A line's end or start at a footer's bullet: `… Slotsholmsgade 12 •`, `• 1216 København K`. */
export const BULLET_END = /\s[•·]$/u
export const BULLET_START = /^[•·]\s/u

/**
 * A bullet-separated footer line that a narrow column wrapped at a bullet: `Miljø- og Fødevareministeriet •
 * Slotsholmsgade 12` / `• 1216 København K`. The line is the footer's where, joined to the line before or after it
 * across the bullet, it reads as one (`FOOTER_SEPARATED`).
 */
function wrappedAtBullet(line: Line, lines: readonly Line[]): boolean {
  const text = line.text.trim()
  const before = lines[line.index - 1]?.text.trim()
  const after = lines[line.index + 1]?.text.trim()
  const joinsBefore = before !== undefined && (BULLET_START.test(text) || BULLET_END.test(before))
  const joinsAfter = after !== undefined && (BULLET_END.test(text) || BULLET_START.test(after))
  return (joinsBefore && FOOTER_SEPARATED.test(`${before} ${text}`)) || (joinsAfter && FOOTER_SEPARATED.test(`${text} ${after}`))
}

/** The longest line read as the wrapped end of a footer's line (`København K`, `5798000862005`). */
const FOOTER_TAIL_MAX = 30

/**
 * The end of a bullet-separated footer line that a narrow column wrapped onto a line of its own: `Miljøministeriet •
 * Slotsholmsgade 12 • 1216` / `København K`. A short line that ends no sentence, right under such a line.
 */
function continuesFooter(line: Line, lines: readonly Line[]): boolean {
  const text = line.text.trim()
  if (text.length > FOOTER_TAIL_MAX || /[.!?:]$/u.test(text)) return false
  const before = lines[line.index - 1]
  return before !== undefined && before.block === line.block && FOOTER_SEPARATED.test(before.text) && !/[.!?]$/u.test(before.text.trim())
}

/**
 * A person's name as the text's last line with the ministry's footer after it (`Karen Ellemann`, then
 * `Miljøministeriet • Højbro Plads 4 • …` or an address block): the signature of a letter that signs without a
 * greeting. The footer confirms the name ends the letter; a name with nothing after it is `nameAloneAtEnd`'s.
 */
function nameBeforeFooter(lines: readonly Line[], name: Line | undefined, loose: boolean): Line | undefined {
  if (!name || (!loose && !opensBlock(lines, name))) return undefined
  if (!PERSON.test(name.text.trim()) || isInstitution(name.text)) return undefined
  const before = textBefore(lines, name)
  if (before && before.block === name.block && /[\p{Ll},;:]$/u.test(before.text)) return undefined
  const after = lines.slice(name.index + 1)
  // At least one line of the footer itself: a page number alone after the name confirms nothing.
  const footer = after.some(
    (line) => FOOTER_SEPARATED.test(line.text) || FOOTER_CONTACT.test(line.text) || (!line.role && isSideColumnLine(line, lines)),
  )
  return footer && after.every((line) => isFooterLine(line, lines)) ? name : undefined
}

/**
 * `Beskæftigelsesminister`, `Minister for ligestilling`, `Beskæftigelsesminister og minister for ligestilling`, and a
 * minister acting for another: `Fg. justitsminister`, `fg. skatteminister`, `Fungerende minister for …`,
 * `Kst. udenrigsminister`, `Konstitueret kirkeminister`.
 */
const MINISTER_TITLE =
  /^(?:(?:[Ff]g\.|[Ff]ungerende|[Kk]st\.|[Kk]onstitueret)\s?)?(?:\p{L}+minister|[Mm]inister\s+for\s+\p{Ll}[\p{L} ,-]{0,120})(?:\s+og\s+\p{Ll}[\p{L} ,-]{0,120})?$/u

function isMinisterTitle(text: string): boolean {
  return MINISTER_TITLE.test(text)
}
