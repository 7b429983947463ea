/**
 * The answer: the blocks after "Svar:" (or after the question where there is no heading) up to the closing
 * ("Venlig hilsen"). Tables are gathered with their label, caption, notes ("Anm.:") and source ("Kilde:").
 */
import type { Block, Table as RecordTable } from '@ft-answers/schema'
import type { List, Root, RootContent, Table } from 'mdast'
import { TEXT_LAYOUT } from '../layout/constants.js'
import {
  ANNEX_HEADING,
  ANSWER_HEADING,
  BULLET,
  ENCLOSURE_MARK,
  ENCLOSURE_MARK_END,
  FIGURE_LABEL,
  MARKED_NOTE,
  NOTE,
  notesCell,
  RUNNING_LINE_WORDS,
  readsAsRunningText,
  SOURCE,
  SPEECH_TITLE,
  TABLE_LABEL,
  TABLE_LABEL_START,
  tableLabelText,
} from '../layout/markers.js'
import { endsSentence } from '../layout/paragraph-ends.js'
import { SENTENCE_GOES_ON } from '../layout/roles.js'
import { isTableTitle } from '../layout/table-title.js'
import { ministryByName } from '../registry/index.js'
import type { Bbox, TableReader } from '../tree.js'
import { parseDateLine } from '../util/dates.js'
import { joinLines } from '../util/hyphenation.js'
import { parseDanishNumber } from '../util/numbers.js'
import { cellOfValuesRunTogether } from '../util/run-together-cells.js'
import { hasNoHeadings, hasUnheadedValueColumn } from '../util/table-headings.js'
import { ASKER_SENTENCE } from './asker-sentence.js'
import { FOOTER_CONTACT, findClosing } from './closing.js'
import type { Context } from './context.js'
import { TIDENDE_ASKER, TIDENDE_SPEAKER } from './folketingstidende.js'
import { withoutFurniture } from './furniture.js'
import { PHONE_IN_PAIRS } from './letterhead.js'
import { cellText, type Line, nodeLines } from './lines.js'
import { namesFolketingBusiness } from './not-an-answer.js'
import { runOnSignature } from './run-on-signature.js'

/** What read one of the answer's tables (`data.reader` of its node), and the lines it was read from. */
export interface TableSource {
  reader: TableReader | undefined
  lines: Line[]
}

export interface AnswerResult {
  blocks: Block[]
  tables: RecordTable[]
  /** One per table, in the order of `tables`. */
  tableSources: TableSource[]
  text: string
  /** Line index where the answer ends (the closing line), or the line count. */
  end: number
  /** The answer's first and last lines of running text. */
  lines: Line[]
}

/**
 * A block's running text; from source line `from` on when the answer starts inside the block. A Folketingstidende
 * speaker line opening the block (`Statsministeren (Anders Fogh Rasmussen):`, under each answer's heading) is not.
 */
function bodyText(node: RootContent, from = 0, to = Number.POSITIVE_INFINITY): string {
  return joinLines(
    nodeLines(node)
      .filter((line, at) => !line.role && line.line >= from && line.line < to && !(at === 0 && TIDENDE_SPEAKER.test(line.text)))
      .map((line) => line.text),
  )
}

/** A table's headings and cells as printed. */
function tableCells(table: RecordTable): string[] {
  return [...table.header, ...table.rows.flatMap((row) => row.map((cell) => cell.raw))]
}

function tableToRecord(node: Table, label: string | null, caption: string | null): RecordTable {
  const rows = node.children.map((row) => row.children.map(cellText))
  const [header = [], ...body] = rows
  const page = node.data?.lines?.[0]?.page ?? null
  return {
    label,
    caption,
    header,
    rows: body.map((cells) => cells.map((raw) => ({ raw, value: parseDanishNumber(raw) }))),
    notes: [],
    source: null,
    page,
  }
}

/** The image nearest to a figure's caption on its page: below it first (ministries caption above), else above. */
function figureImage(tree: Context['tree'], caption: Line | undefined): Bbox | null {
  const box = caption?.bbox
  if (!caption?.page || !box) return null
  const images = (tree.data?.images ?? []).filter((image) => image.page === caption.page)
  const below = images.filter((image) => image.bbox[3] <= box[1] + 2).sort((a, b) => b.bbox[3] - a.bbox[3])[0]
  const above = images.filter((image) => image.bbox[1] >= box[3] - 2).sort((a, b) => a.bbox[1] - b.bbox[1])[0]
  return (below ?? above)?.bbox ?? null
}

/** The numbers from `from` up to `to` (not included); none where `to` is not above `from`. */
function range(from: number, to: number): number[] {
  const numbers: number[] = []
  for (let at = from; at < to; at++) numbers.push(at)
  return numbers
}

function firstLine(node: RootContent): Line | undefined {
  return nodeLines(node)[0] as Line | undefined
}

/**
 * A labelled field of a letter's side column: `Dato: 14. marts 2020`, `Sags nr.: 2020-123`, `Akt-id: 12345`,
 * `J.nr.: 2006-10121-33`, `Sagsbeh.: ajj`, `Kontor: …`, `Dok.: …`, `Fil-navn: …`, `Vores ref.: …`.
 */
const SIDE_FIELD =
  /^(?:Dato|Sags?\s?nr\.?|J\.\s?nr\.?|Journal\s?nr\.?|Akt-?id|Dok\.?(?:\s?nr\.?)?|Dokument\s?nr\.?|Kontor|Enhed|Sagsbeh\.?|Sagsbehandler|(Fil-?\u2060?navn)|(?:Vores|Deres)\s+ref\.?)\s*:/iu

/** Words of a side column field's value at most: `14. marts 2020`, `Økonomistyringskontoret`; not a sentence. */
const SIDE_VALUE_WORDS = 4

/** A file's name, the value of `Fil-navn:`: words and numbers up to its extension (`Svar L 78 s 10.doc`). */
const FILE_NAME = /^[^.!?]{1,60}\.(?:docx?|rtf|pdf)$|^Dokument\s?\d{1,6}$/iu

function isSideField(text: string): boolean {
  const label = SIDE_FIELD.exec(text)
  if (label === null) return false
  const value = text.slice(label[0].length).trim()
  return value.split(/\s+/u).length <= SIDE_VALUE_WORDS || (label[1] !== undefined && FILE_NAME.test(value))
}

/** A ministry's name ending a block, alone or after a sentence's end: `Indenrigs- og Sundhedsministeriet`. */
const MINISTRY_AT_END = /(?:^|(?<=[.!?]\s{1,3}))(?:\p{Lu}\p{L}{1,30}-\s+og\s+)?\p{Lu}[\p{L}-]{0,40}ministeriet$/u

/**
 * Whether a paragraph is the letter's side column set in the text: its lines the layout's or labelled fields
 * (`Dato: …` / `Sags nr.: …` / `Akt-id: …`).
 */
function isSideFieldBlock(node: RootContent | undefined): boolean {
  if (node?.type !== 'paragraph') return false
  const source = nodeLines(node)
  return source.length > 0 && source.every((line) => line.role || isSideField(line.text))
}

/**
 * The next block of the text after the block at `index`: the layout's blocks between (page footers, headers and
 * footnotes) do not count.
 */
function nextTextBlock(tree: Root, index: number): RootContent | undefined {
  return tree.children.slice(index + 1).find((node) => nodeLines(node).some((line) => !line.role))
}

/** Whether the next block with text is the letterhead's fields set after the answer (`Dato: …`, `Kontor: …`). */
function sideFieldsFollow(tree: Root, index: number): boolean {
  return isSideFieldBlock(nextTextBlock(tree, index))
}

/**
 * The note the Folketing (or its EU secretariat) set on a document it received by e-mail or fax: `Modtaget via
 * elektronisk post. Der tages forbehold for evt. fejl`, `Modtaget via e-mail`, `Modtaget pr. fax`. A receipt, not the
 * letter's text, though it reads as a sentence.
 */
const RECEIPT_NOTE = /^Modtaget\s(?:via|pr\.|per)\s(?:elektronisk\spost|e-?mail|fax|telefax)\b/iu

/**
 * Signs of a ministry's address: a street and its number (`Frederiksholms Kanal 27 F`, `Slotsholmsgade 10`, `Ved
 * Stranden 8`, also with the next field glued on: `Slotsholmsgade 10Post`), a postcode and town (`1220 København K`);
 * its telephone, web or e-mail address are the footer's contact parts (`FOOTER_CONTACT`).
 */
const ADDRESS_SIGN =
  /(?:\p{L}(?:gade|vej|plads|kanal|stræde|torv|alle|allé|boulevard)|\b(?:Gade|Vej|Plads|Kanal|Stræde|Torv|Alle|Allé|Boulevard))\s\d{1,3}(?![\d\p{Ll}])|\bVed\s\p{Lu}\p{Ll}+\s\d{1,3}\b|(?<!\d)\d{4}\s(?:København|Aarhus|Odense|Aalborg|\p{Lu}\p{Ll}+\s?[KVCØSN]?\b)|\d{4}\sKøbenhavn\s[KVCØSN]$/u

/** At most this many lowercase words: an address is names and numbers; a sentence naming an address is not one. */
const ADDRESS_LOWERCASE_WORDS = 1

/** At most this long: a letter's address block, not a paragraph. */
const ADDRESS_LENGTH = 160

/** A ministry's name written out before its address: `Ministeriet for Videnskab, Teknologi og Udvikling`, whose small words count for nothing. */
const MINISTRY_OF = /^Ministeriet\sfor\s/u

/**
 * Whether a paragraph's text is the ministry's address (`Transportministeriet Frederiksholms Kanal 27 F 1220 København
 * K`, `Ministeriet for VidenskabTeknologi og UdviklingBredgade 431260 København K` — a glued rendition's, its
 * postcode run onto the street's number).
 */
function isAddress(text: string): boolean {
  if (text.length > ADDRESS_LENGTH || !(ADDRESS_SIGN.test(text) || FOOTER_CONTACT.test(text))) return false
  const lowercase = text.split(/\s+/u).filter((word) => /^\p{Ll}/u.test(word)).length
  return lowercase <= ADDRESS_LOWERCASE_WORDS + (MINISTRY_OF.test(text) ? MINISTRY_NAME_SMALL_WORDS : 0)
}

/** The small words a ministry's name written out holds (`for`, `og`, and one more). */
const MINISTRY_NAME_SMALL_WORDS = 3

/**
 * A footer's fields run together by an old rendition, two or more of its labels in one line of no sentence:
 * `TelefaxE-postNetstedCVR-nr.3392 97003332 3501[email protected]`, `www.vtu.dk1680 5408 Dok nr.Side`.
 */
const FOOTER_FIELD_WORD = /Telefon|Telefax|E-?post|E-?mail|Netsted|CVR-?nr|EAN|www\.|Dok\.?\s?nr|Ref\.-?nr|Sagsnr|Side(?!\p{Ll})/gu

/**
 * Whether a paragraph is a footer's fields run together: `FOOTER_FIELD_WORD` twice at least, and no sentence — no stop
 * before a capital, at most one word in lower case besides a web address and `nr.` (`Yderligere oplysninger fås på
 * www.sm.dk og via E-mail …` is a sentence).
 */
function isGluedFooter(text: string): boolean {
  if (text.length > ADDRESS_LENGTH || /[.!?]\s\p{Lu}/u.test(text)) return false
  if ((text.match(FOOTER_FIELD_WORD)?.length ?? 0) < 2) return false
  return text.split(/\s+/u).filter((word) => /^\p{Ll}{3}/u.test(word) && !/^(?:www\.|nr\.)/u.test(word)).length <= 1
}

/** Whether a block gives the answer no text: the layout's lines only, the letter's side column, or nothing. */
function givesNoText(node: RootContent, text: string | undefined): boolean {
  const source = nodeLines(node)
  if (source.length > 0 && source.every((line) => line.role)) return true
  if (node.type !== 'paragraph') return false
  if (isSideFieldBlock(node)) return true
  return text === '' || source.every((line) => line.role === 'footnote')
}

/** An item of a footer the layout read as a list after the signature: `CVR 41956011`, `EAN 5798000880016 • •`. */
const FOOTER_ITEM = /^(?:CVR|EAN|Tlf|Telefon|Fax|E-?mail|www\.|Web)\b[^.]{0,40}$/iu

/**
 * Where no closing ends the answer, a signature run on after the last paragraph's last sentence (`… over for
 * satspuljeordførerne..Karen Hækkerup/ Hanne Stig Andersen`): the paragraph ends before the name. Where the names
 * open a paragraph of their own with the ministry's footer after them (`Jacob Jensen / Signe Skibstrup Blach
 * Ministeriet for Fødevarer … • Holbergsgade 6 •`), that paragraph goes, with any footer the layout read as a list
 * after it (`- CVR 41956011`).
 */
function withoutRunOnSignature(blocks: Block[]): void {
  let end = blocks.length
  while (end > 1) {
    const block = blocks[end - 1]
    if (block?.type !== 'list' || !block.items.every((item) => FOOTER_ITEM.test(item))) break
    end--
  }
  const last = blocks[end - 1]
  if (last?.type !== 'paragraph') return
  const runOn = runOnSignature(last.text)
  if (!runOn) return
  if (runOn.start > 0) {
    last.text = last.text.slice(0, runOn.start).trimEnd()
    blocks.length = end
  } else if (end > 1) blocks.length = end - 1
}

/** A page's number alone after the last paragraph (`… vurderingen heraf.` / `2` / the signature): no answer's text. */
const PAGE_NUMBER_ALONE = /^\d{1,3}$/u

/**
 * A footer field's value alone after the last paragraph, where a rendition set a label column's values apart from
 * their labels: a telephone number in pairs, the next label run on after it (`33 92 33 50 Fax.`, `33 12 37 78`), or a
 * reference or CVR number (`Ref.-nr.` / `221574`), a case number of the year's form (`13/026011-40`). No answer's
 * paragraph is a number alone.
 */
const FOOTER_VALUE_ALONE = new RegExp(String.raw`^${PHONE_IN_PAIRS}(?:\s\p{Lu}\p{Ll}{1,6}\.?)?$|^\d{4,10}$|^\d{2,4}\/\d{4,8}-\d{1,3}$`, 'u')

/**
 * A footer field's label alone after the last paragraph, its value on the lines the layout already set apart (`Tlf.` /
 * `33 92 33 50` / `Fax.`): a word of a letterhead, no answer's paragraph.
 */
const FOOTER_LABEL_ALONE = /^(?:Tlf|Telefon|Fax|Telefax|E-?mail|Mail|CVR(?:-nr)?|EAN(?:[\s-]?nr)?)\.?:?$/iu

/** The letterhead's sender in capitals alone after the last paragraph: `ØKONOMI- OG ERHVERVSMINISTEREN`. */
const CAPITALS_SENDER = /^[\p{Lu}\s,-]{0,60}MINISTER(?:EN|IET)$/u

/** The letterhead's sender and its date after the last paragraph, glued in an old rendition: `Ministeren30. september 2009`. */
const SENDER_BEFORE_DATE = /^(?:Ministeren|MINISTEREN)\s?(?=\d)/u

/** Whether a paragraph is the sender's word and the letter's date (`SENDER_BEFORE_DATE`). */
function isSenderDate(text: string): boolean {
  const sender = SENDER_BEFORE_DATE.exec(text)
  return sender !== null && parseDateLine(text.slice(sender[0].length)) !== undefined
}

/**
 * The block after the last of `startBlock`..`endBlock` (the answer's, or its annex's), the ministry's address block,
 * its name in capitals, a date, a page number or a footer field's value or label alone after the last paragraph left out (a letter that signs without a greeting the layout saw, a side column after an
 * annex): the text and its lines both end before it. The first block always stays; blocks that give no text between
 * are passed over.
 */
function withoutAddress(
  tree: Context['tree'],
  startBlock: number,
  endBlock: number,
  textOf: (node: RootContent, index: number) => string,
): number {
  let textEnd = endBlock
  for (let index = endBlock - 1; index > startBlock; index--) {
    const node = tree.children[index]
    if (!node) continue
    const text = node.type === 'paragraph' ? textOf(node, index) : undefined
    if (givesNoText(node, text)) continue
    // The ministry's name over two or three paragraphs (a rendition's footer): all of them go.
    const parts = text === undefined ? 0 : ministryNameParts(tree, startBlock, index, text, textOf)
    if (parts > 0) {
      textEnd = index - parts
      index -= parts
      continue
    }
    // A date alone after the last paragraph is the letterhead's date column set there (`… spørgsmål 5.` / `10-11-2016`
    // / `Med venlig hilsen`), no sentence of the answer.
    if (
      text === undefined ||
      !(
        isAddress(text) ||
        ministryByName(text) !== undefined ||
        parseDateLine(text) !== undefined ||
        CAPITALS_SENDER.test(text) ||
        isSenderDate(text) ||
        PAGE_NUMBER_ALONE.test(text) ||
        FOOTER_VALUE_ALONE.test(text) ||
        FOOTER_LABEL_ALONE.test(text) ||
        isGluedFooter(text)
      )
    )
      break
    textEnd = index
  }
  return textEnd
}

/** The most paragraphs a ministry's name written out is broken over in a footer. */
const MINISTRY_NAME_PARAGRAPHS = 3

/**
 * How many paragraphs before the one at `index` (whose text is `text`) make a ministry's name with it, broken at its
 * commas or after `og` (`Ministeriet for Videnskab` / `Teknologi og Udvikling`, `Uddannelses- og` /
 * `Forskningsministeriet`, `Ministeriet for Forskning,` / `Innovation og Videregående` / `Uddannelser`); 0 where none.
 */
function ministryNameParts(
  tree: Context['tree'],
  startBlock: number,
  index: number,
  text: string,
  textOf: (node: RootContent, index: number) => string,
): number {
  let name = text
  for (let parts = 1; parts < MINISTRY_NAME_PARAGRAPHS && index - parts > startBlock; parts++) {
    const node = tree.children[index - parts]
    if (node?.type !== 'paragraph') return 0
    const before = textOf(node, index - parts)
    // Broken at its comma (kept at the line's end or lost) or after another word.
    const joined = before.endsWith(',') ? [`${before} ${name}`] : [`${before}, ${name}`, `${before} ${name}`]
    if (joined.some((candidate) => ministryByName(candidate))) return parts
    name = `${before} ${name}`
  }
  return 0
}

/** The asker's sentence closed at a line's end: the party's bracket and a full stop, or a full stop in brackets. */
const ASKER_SENTENCE_CLOSE = /(?:\)\.|\.\)|\)\))$/u

/** The asker's sentence in brackets closed inside a line, another sentence after it: `… 2021.) Tak for spørgsmålet.` */
const ASKER_BRACKET_CLOSED_INSIDE = /\.\)\s+\p{Lu}/u

/**
 * Whether `line` closes the asker's sentence and `next` opens another sentence (not the ministry's address, which
 * the caller steps past as well), or the bracketed sentence closes inside `line` with another run on after it (the
 * answer goes on from `next`; its words on `line` are lost with the line). A name's initial (`… fra Holger K.` /
 * `Nielsen (SF).`) closes nothing.
 */
function closesAskerSentence(line: Line, next: Line): boolean {
  if (ASKER_BRACKET_CLOSED_INSIDE.test(line.text)) return true
  return ASKER_SENTENCE_CLOSE.test(line.text.trimEnd()) && /^\p{Lu}\p{Ll}/u.test(next.text.trimStart()) && !isAddress(next.text)
}

/**
 * A sentence's end inside a subject line, a capitalised word after it: not an abbreviation's stop (`Komitésag vedr.
 * EU-godkendelse af …`, `jf. L 12`), case-sensitive as the capital is.
 */
const SENTENCE_END_INSIDE = /(?<!(?<![\p{L}.])(?:vedr|jf|nr|ca|stk|pkt|hhv|evt|inkl|ekskl|bl\.a|f\.eks|m\.v|mv|dvs|ang|vdr))[.!?]\s+\p{Lu}/u

/** How many short lines with no role `pastPreface` steps over before a speech paper's label. */
const SPEECH_FIELD_LINES = 4

/**
 * A side column's field set with no role: a short line of four words at most that ends no sentence (`Dokument nr.
 * 57380-16`, `Sagsbehandler`, `Torben Stærgaard`) — not a speech paper's label itself (`Tale`).
 */
function isFieldLine(text: string | undefined): boolean {
  if (text === undefined) return false
  const trimmed = text.trim()
  return (
    trimmed !== '' && trimmed.length <= 40 && trimmed.split(/\s+/u).length <= 4 && !/[.!?:]$/u.test(trimmed) && !SPEECH_TITLE.test(trimmed)
  )
}

/**
 * Where an answer without "Svar:" begins after its question: past the asker's sentence that follows the question,
 * a speech paper's head (`Talepapir (det talte ord gælder)`) and the ministry's address, which stand between the two.
 */
function pastPreface(lines: readonly Line[], from: number): number {
  let at = from
  for (;;) {
    const line = lines[at]
    if (!line) return at
    // The letter's side column between the question and a speech paper's label (`18. marts 2024` / `Sags nr.` / … /
    // `Tale:`): the answer starts under the label. Its fields may have no role (`Dokument nr. 57380-16` /
    // `Sagsbehandler` / `Torben Stærgaard` / `Talepapir (det talte ord gælder):`): up to four short lines that end no
    // sentence, before the label only.
    if (line.role || isFieldLine(line.text)) {
      let past = at + 1
      let fields = line.role ? 0 : 1
      while (lines[past]?.role || (fields < SPEECH_FIELD_LINES && isFieldLine(lines[past]?.text) && ++fields)) past++
      const label = lines[past]
      if (!label || !SPEECH_TITLE.test(label.text)) return at
      at = past + 1
    } else if (SPEECH_TITLE.test(line.text)) at++
    else if (ASKER_SENTENCE.test(line.text) || (at > from && isAddress(line.text))) {
      // The asker's sentence, and the ministry's address set after it (`Slotsholmsgade 10 1216 København K …`), to
      // the block's end — or to the line that closes the sentence where the next opens another in the block: an answer
      // run on without a break (`(RV) d. 26. februar 2021.)` / `Som det også er spørgeren bekendt, …`).
      while (lines[at + 1]?.block === line.block && !closesAskerSentence(lines[at] as Line, lines[at + 1] as Line)) at++
      at++
    } else return at
  }
}

/** An item of a letter's list of its annexes: `Bilag 1: Danmarks digitaliseringsstrategi, november 2023`. */
const ANNEX_LIST_ITEM = /^(?:Bilag|Appendiks)\s(?:\d{1,2}|[A-ZÆØÅ])\s?[.:–-]\s?\S/u

/** A source after a note's sentence on the note's line: `… et helt år.Kilde: …`, `… 2012. Kilder: …`. */
const INNER_SOURCE = /(?<=[.)])\s*Kilder?\s*:\s*/u

/** A note's text and the source run on after its last sentence, if any (not after an abbreviation: `jf. Kilde: …`). */
function noteAndSource(text: string): { note: string; source?: string } {
  const inner = text.includes('Kilde') ? INNER_SOURCE.exec(text) : null
  if (!inner || !endsSentence(text.slice(0, inner.index))) return { note: text }
  return { note: text.slice(0, inner.index), source: text.slice(inner.index + inner[0].length) }
}

/** A bill's title as ft.dk cites it: `Forslag til lov om regioner og om nedlæggelse af amtskommunerne, …`. */
const BILL_TITLE_START = /^Forslag\s+til\s+(?:lov|folketingsbeslutning)\b/u

/** The line naming who put the bill forward, ending its title: `Af indenrigs- og sundhedsministeren (Lars Løkke Rasmussen).` */
const BILL_PROPOSER = /^Af\s+[\p{Ll}-]+(?:\s+og\s+[\p{Ll}-]+)*minister(?:en)?\s+\([^()]{3,60}\)\.?$/u

/** The lines a bill's title takes, at most this many with its proposer's line. */
const BILL_TITLE_LINES = 8

/** The lines the proposer's sentence may wrap onto. */
const PROPOSER_LINES = 3

/**
 * A bill's title as a letter's head cites it, over its subject (`Ad` / `L 65` / `Forslag til lov om …` / `Af
 * indenrigs- og sundhedsministeren (Lars Løkke Rasmussen).`): the case the letter is about, not its text — though it
 * reads as a sentence. Only where the proposer's sentence ends it (on a line or wrapped over a few); the positions are
 * `body`'s.
 */
function billTitle(body: readonly Line[]): { from: number; to: number } | undefined {
  const from = body.findIndex((line) => line.text.startsWith('Forslag') && BILL_TITLE_START.test(line.text))
  if (from === -1) return undefined
  for (let at = from + 1; at < Math.min(body.length, from + BILL_TITLE_LINES); at++) {
    if (!(body[at] as Line).text.startsWith('Af ')) continue
    let joined = ''
    for (let end = at; end < Math.min(body.length, at + PROPOSER_LINES); end++) {
      joined = `${joined} ${(body[end] as Line).text.trim()}`.trimStart()
      if (BILL_PROPOSER.test(joined)) return { from, to: end }
    }
  }
  return undefined
}

/** Stray marks a rendition leaves after the last line (`ooo`, a page number `1`). */
const STRAY_MARK = /^\S{1,3}$/u

/**
 * Whether what follows `Bilag:` after the signature is only the list of the letter's annexes (`Bilag 1: …`, each
 * naming one), not an annex: no table, every line an item or a stray mark. The list names what is enclosed; it is
 * no part of the answer, as an annex set out after it is.
 */
function isAnnexList(lines: readonly Line[], heading: Line, tree: Context['tree']): boolean {
  const after = lines.filter((line) => line.index > heading.index && !line.role)
  if (after.some((line) => tree.children[line.block]?.type === 'table')) return false
  if (after.some((line) => ANNEX_LIST_ITEM.test(line.text))) {
    return after.every((line) => ANNEX_LIST_ITEM.test(line.text) || STRAY_MARK.test(line.text))
  }
  // `Bilag:` with a colon and no number over a few short lines that name what is enclosed (`SOU alm. del` / `svar
  // på spm. 329 (2024-25)`): no annex's heading, whose text would run on in sentences.
  return LIST_HEADING.test(heading.text.trim()) && after.length <= MAX_ENCLOSURE_LINES && after.every((line) => namesEnclosure(line.text))
}

/** `Bilag:` alone, the heading of a list of what is enclosed. */
const LIST_HEADING = /^Bilag\s?:$/u

/** Most lines a list of enclosures under `Bilag:` takes. */
const MAX_ENCLOSURE_LINES = 6

/**
 * Most words a line naming an enclosure has: a copy of an answer named by its date and case takes twelve (`Kopi af svar
 * af 28. juni 2018 på REU alm. del spørgsmål 921`).
 */
const MAX_ENCLOSURE_WORDS = 16

/** Whether a line names an enclosure, or is a stray mark: a few words, no sentence ending in a full stop. */
function namesEnclosure(text: string): boolean {
  const trimmed = text.trim()
  return STRAY_MARK.test(trimmed) || (trimmed.split(/\s+/u).length <= MAX_ENCLOSURE_WORDS && !/\p{Ll}\.$/u.test(trimmed))
}

/** A line that ends inside a word broken at its hyphen, printed or soft: `… grundnotat om Kom-` / `missionens …`. */
const WORD_BROKEN_OFF = /\p{L}[-\u00AD]$/u

/**
 * A speaker's thanks, a sentence of its own on its line: `Tak for det, formand.`, `Tak for spørgsmålet.`, `Mange tak
 * for ordet!` — as an answer spoken in the chamber, or a speech, opens; too short to read as running text.
 */
const THANKS_LINE = /^(?:Og\s)?(?:Mange\s)?[Tt]ak\sfor\s[\p{L}, ]{2,60}[.!]$/u

/**
 * Where an answer that nothing anchors (no preamble, question or "Svar:") begins: at the first line of running
 * text, past letterhead lines the layout left in the body (`Folketingets Sundhedsudvalg`, `Dato: 14. marts 2008`,
 * `Sagsbeh.: ajj`, the enclosure mark `. / .`, a `<DOCUMENT_START>` marker). A line of running text has six words or
 * more, most of them lowercase; a table counts as well. A speaker's thanks on the lines right above it (`THANKS_LINE`)
 * are the answer's first sentences.
 */
function firstRunningText(body: readonly Line[], tree: Context['tree']): number {
  const title = billTitle(body)
  const running = body.find((line, at) => {
    if (title && at >= title.from && at <= title.to) return false
    // A table is the answer's too (an answer that is a table and its notes).
    if (tree.children[line.block]?.type === 'table') return true
    return !RECEIPT_NOTE.test(line.text) && readsAsRunningText(line.text)
  })
  if (!running) return 0
  // A table's title with no label right above it (`Oversigt over adfærdsklagesager`, an annex of one table) opens the
  // answer with it: the table's caption (`isTableTitle`).
  if (tree.children[running.block]?.type === 'table') {
    const title = body.filter((line) => line.block === running.block - 1)
    if (title.length === 1 && title[0] && isTableTitle(title[0].text.trim())) return title[0].index
  }
  // The sentence may open on a line of names (`Til underretning for Folketingets Europaudvalg vedlægges
  // Justitsministeriets grundnotat om Kommissionens`): its paragraph's long lines before it are its start — long by
  // their words, or in a narrow column by filling it inside a sentence: the line ends in a word, a comma or a word's
  // hyphen (`… grundnotat om Kom-`), and the next line's first word would not have fit on it (`Rigsadvokaten og
  // Direktoratet for` / `Kriminalforsorgen har ved …`; not a subject line, `Orientering om statens energiforbrug 2020` /
  // `Til udvalgets orientering …`).
  let start = running
  // A line fills the column where it and the next line's first word are no short line of it (`shortLineRatio`).
  const column =
    TEXT_LAYOUT.shortLineRatio * Math.max(...body.filter((line) => line.block === running.block).map((line) => line.text.length))
  for (let at = body.indexOf(running) - 1; at >= 0; at--) {
    const line = body[at] as Line
    const nextWord = start.text.trimStart().split(/\s/u, 1)[0] ?? ''
    const brokenOff = SENTENCE_GOES_ON.test(line.text) || WORD_BROKEN_OFF.test(line.text)
    const fills = brokenOff && line.text.length + 1 + nextWord.length >= column
    // However short, a line broken off inside a sentence or a word that the next line goes on with in lower case is
    // the sentence's (`Til udvalgets orientering fremsendes høringsnotat` / `og høringssvar vedrø-` / `rende …`).
    const goesOn = brokenOff && /^\p{Ll}/u.test(nextWord)
    const long = line.text.split(/\s+/u).length >= RUNNING_LINE_WORDS || fills || goesOn
    if (line.block !== running.block || line.index !== start.index - 1 || !long) break
    if (RECEIPT_NOTE.test(line.text)) break
    start = line
  }
  start = pastSubjectLine(body, start, column)
  // The thanks may come twice, the chair's first (`Tak for det.` / `Og tak for spørgsmålet.`).
  for (let at = body.indexOf(start) - 1, thanks = 0; at >= 0 && thanks < MAX_THANKS_LINES; at--, thanks++) {
    const line = body[at] as Line
    if (line.index !== start.index - 1 || !THANKS_LINE.test(line.text.trim())) break
    start = line
  }
  return start.index
}

/** The most lines of thanks an answer opens with. */
const MAX_THANKS_LINES = 2

/** Most lines a subject line over an answer takes (`Baggrundsnotater til udvalgs- og gruppeformandsmøde den` / `6. november` / `2019`). */
const MAX_SUBJECT_LINES = 3

/**
 * A word that opens a sentence and goes on no subject line: a pronoun, a preposition or an adverb in capitals, then a
 * word in lower case or a number (`Ved afslutningen af …`, `Hermed omdeles …`, `Under 1. behandlingen …`, `Som bilag
 * til …`). Not `Den`, `Det` or `De`, which open names a line may go on with (`… behandlet i` / `Det Europæiske Råd`);
 * not `Af`, which opens a bill's line naming who put it forward (`Af transportministeren`); not a paragraph's sign
 * (`Til § 4`).
 */
const SENTENCE_OPENER =
  /^(?:Ved|Under|Som|Hermed|Jeg|Vi|Man|Med|Efter|På|Til|For|Fra|Da|Når|Hvis|Idet|Endvidere|Desuden|Herudover|Således|Nedenfor|Vedlagt|Vedlagte|Dette|Denne|Disse|Der|I)\s+[\p{Ll}\d]/u

/**
 * Past the subject line an answer that nothing anchors may open with (a note's or an orientation's title: `Tilsyn med
 * de frie grundskoler med udfordringer i relation til op-` / `fyldelse af frihed og folkestyre-kravet`, then `Under 1.
 * behandlingen af L 36 …`): up to three lines from `start` that end no sentence, the last of them short of the
 * `column`, right before a line that opens a sentence with a word no title goes on with (`SENTENCE_OPENER`). A
 * subject line is the letter's title, no part of its answer (as `Vedr.:` is not); a line that ends a sentence, a
 * short line before a name (`Jamilla Madereira, der …`), and a title naming the Folketing's business are kept.
 */
function pastSubjectLine(body: readonly Line[], start: Line, column: number): Line {
  const from = body.indexOf(start)
  for (let at = from; at < Math.min(body.length - 1, from + MAX_SUBJECT_LINES); at++) {
    const line = body[at] as Line
    const next = body[at + 1] as Line
    const text = line.text.trim()
    if (next.index !== line.index + 1 || /[.:;!?”"»]$/u.test(text) || SENTENCE_END_INSIDE.test(text)) return start
    if (text.length < column && SENTENCE_OPENER.test(next.text.trimStart())) {
      // A title that tells the paper is the Folketing's (`Høringsnotat vedrørende forslag til lov om …`) stays: it is
      // the evidence that keeps such a paper from being refused (`extract/not-an-answer.ts`).
      const subject = body.slice(from, at + 1).map((part) => part.text.trim())
      return namesFolketingBusiness(subject.join('\n')) ? start : next
    }
  }
  return start
}

/**
 * A signature without a greeting that the rendition ran into the answer's last paragraph (the name, "/", the
 * official, then the ministry's footer, with no blank line before the name): where the answer ends. So does a
 * person's name alone as the letter's last line, read as its signature though nothing confirms it (warned
 * `signature-unconfirmed`): the line is the signature's or the answer's, not both.
 */
function signatureInBlock(lines: readonly Line[], from: number): Line | undefined {
  const closing = findClosing(lines, from, true)
  return closing?.bare ? closing.line : undefined
}

/** A speech head's line naming its occasion: `samrådsspørgsmål F`, `samrådsspm. M`, `til brug for`, `Anledning:`. */
const SPEECH_HEAD_SIGN = /samrådsspørgsmål|samrådsspm|til brug for|Anledning/iu

/** A table's label set apart from its caption by a stop, a colon or a dash: `Tabel 1. …`, `Tabel: …`, `Tabel 1 – …`. */
const LABEL_THEN_CAPTION = new RegExp(String.raw`${TABLE_LABEL_START}\s*(?:[.:](?!\d)|[-–—]\s)`, 'u')

/** A table's label alone on its line: `Tabel 1`, `Tabel`, `Tabel:`. */
const LABEL_ALONE = new RegExp(String.raw`${TABLE_LABEL_START}\s*:?$`, 'u')

/**
 * A speech paper's opening before the question it quotes: the speech begins after its head (`DET TALTE ORD GÆLDER`
 * / `Taleudkast af 7. februar 2006` / `Indledning` / `· Lad mig straks slå fast …`) and only then quotes its samråd
 * question (`Spørgsmål AA:`) and answers it (`Svar:`). The lines from the first running text after the head (line
 * index `head`) to the question's heading (`question`) are the speech's too; undefined where none runs between.
 */
export function speechLead(context: Context, head: number, question: number): { from: number; to: number } | undefined {
  if (question <= head + 1) return undefined
  const between = context.lines.slice(head + 1, question).filter((line) => !line.role)
  // The head's own lines name what the speech is for (`til brug for besvarelsen af samrådsspørgsmål BA-BB`,
  // `Anledning: samrådsspørgsmål F`): a head that runs on to the question leaves no speech before it.
  if (between.length === 0 || between.some((line) => SPEECH_HEAD_SIGN.test(line.text))) return undefined
  // The speech takes its questions in turn, each with its answer (`Spørgsmål AA:` … `Svar:`).
  if (!context.lines.slice(question + 1).some((line) => !line.role && ANSWER_HEADING.test(line.text))) return undefined
  const from = firstRunningText(between, context.tree)
  // firstRunningText answers 0 where no line runs; a line before the head never starts the lead.
  return from > head ? { from, to: question } : undefined
}

/**
 * The line after the answer's heading, and after the same heading printed again on the next lines (`Svar:` / `Svar:`,
 * a rendition that set the heading twice): the answer's first line.
 */
function pastRepeatedHeading(lines: readonly Line[], heading: Line): number {
  let at = heading.index + 1
  while (lines[at] && !lines[at]?.role && lines[at]?.text.trim() === heading.text.trim()) at++
  return at
}

/**
 * Where a spoken answer ends: an answer under Folketingstidende's line naming the minister who speaks
 * (`Statsministeren (Anders Fogh Rasmussen):`) ends where a member speaks again (`Holger K. Nielsen (SF):`, question
 * time's follow-up), which no closing marks. Undefined for any other answer.
 */
function memberSpeaksAgain(lines: readonly Line[], start: number): Line | undefined {
  const speaker = lines[start - 1]
  if (!speaker || speaker.role || !TIDENDE_SPEAKER.test(speaker.text.trim())) return undefined
  return lines.find((line) => line.index > start && !line.role && TIDENDE_ASKER.test(line.text.trim()))
}

/**
 * The answer from `fromIndex` on: 0 means from the first running text, where nothing said where it starts, unless
 * `exact` (a report's text from its head's line, the document's first line too).
 */
export function findAnswer(context: Context, fromIndex: number, lead?: { from: number; to: number }, exact = false): AnswerResult {
  const { lines, tree } = context
  const afterQuestion = lines.filter((line) => line.index >= fromIndex && !line.role)
  const heading = afterQuestion.find((line) => ANSWER_HEADING.test(line.text))
  const afterHeading = heading
    ? pastRepeatedHeading(lines, heading)
    : fromIndex === 0 && !exact
      ? firstRunningText(afterQuestion, tree)
      : fromIndex
  // Folketingstidende's speaker line under the heading (`Statsministeren (Anders Fogh Rasmussen):`) is not the answer.
  const speaker = heading ? lines[afterHeading] : undefined
  const opening = speaker && !speaker.role && TIDENDE_SPEAKER.test(speaker.text) ? afterHeading + 1 : afterHeading
  const startLine = heading ? opening : pastPreface(lines, opening)
  const closing = memberSpeaksAgain(lines, startLine) ?? findClosing(lines, startLine)?.line ?? signatureInBlock(lines, startLine)
  const end = closing ? closing.index : lines.length
  const startBlock = lines[startLine]?.block ?? tree.children.length
  // A bare signature inside the answer's last paragraph: the paragraph's lines before it are the answer's.
  const cut = closing && lines[closing.index - 1]?.block === closing.block && closing.block >= startBlock ? closing : undefined
  const endBlock = closing ? closing.block + (cut ? 1 : 0) : tree.children.length
  // An annex after the signature ("Bilag 1", then its tables) is part of the answer: its blocks follow.
  const annexHeading = closing
    ? lines.find(
        (line) => line.index > closing.index && !line.role && ANNEX_HEADING.test(line.text) && lines[line.index - 1]?.block !== line.block,
      )
    : undefined
  const annex = annexHeading && !isAnnexList(lines, annexHeading, tree) ? annexHeading : undefined
  /**
   * A block's text as the answer reads it: from the answer's first line, up to a bare signature inside it, without the
   * page furniture a rendition left in it (`furniture.ts`). Kept by the block's index (`node` is always
   * `tree.children[index]`): the address's test reads the last blocks, and the ministry's name over several paragraphs
   * the ones before, which the blocks' loop reads again.
   */
  const texts = new Map<number, string>()
  const textOf = (node: RootContent, index: number) => {
    let text = texts.get(index)
    if (text === undefined) {
      text = withoutFurniture(
        bodyText(node, index === startBlock ? (lines[startLine]?.line ?? 0) : 0, cut && index === cut.block ? cut.line : undefined)
          .replace(ENCLOSURE_MARK, '')
          .replace(ENCLOSURE_MARK_END, ''),
      )
      texts.set(index, text)
    }
    return text
  }
  // The answer's text and its annex's each end before an address block after their last paragraph.
  const textEnd = withoutAddress(tree, startBlock, endBlock, textOf)
  const annexEnd = annex ? withoutAddress(tree, annex.block, tree.children.length, textOf) : 0
  const leadBlocks = lead ? range(lines[lead.from]?.block ?? 0, lines[lead.to]?.block ?? 0) : []
  const indices = [...leadBlocks, ...range(startBlock, textEnd), ...(annex ? range(annex.block, annexEnd) : [])]
  const blocks: Block[] = []
  const tables: RecordTable[] = []
  const tableSources: TableSource[] = []
  let pendingLabel: string | null = null
  let pendingCaption: string[] = []
  let lastTable: RecordTable | undefined

  let pendingLabelLine: Line | undefined
  const flushLabel = () => {
    if (pendingLabel !== null) {
      // A label that no table follows: its cells (if any) stand in the paragraphs after it, or were not text.
      context.messages.warn(
        'table-not-found',
        `${pendingLabel} is labelled but no table follows that could be read; what follows it is kept as text`,
        pendingLabelLine,
        'answer.tables',
      )
      blocks.push({ type: 'paragraph', text: [pendingLabel, ...pendingCaption].join(' ') })
    }
    pendingLabel = null
    pendingCaption = []
  }

  for (const index of indices) {
    const node = tree.children[index]
    if (!node) continue
    const nodeSource = nodeLines(node)
    if (nodeSource.length > 0 && nodeSource.every((line) => line.role)) continue
    // The letter's side column set between the answer's paragraphs (`Dato: …` / `Sags nr.: …` / `Akt-id: …`).
    if (isSideFieldBlock(node)) continue
    if (node.type === 'heading') {
      const text = bodyText(node)
      if (heading && index === heading.block && ANSWER_HEADING.test(text)) continue
      flushLabel()
      blocks.push({ type: 'heading', text })
      lastTable = undefined
      continue
    }
    if (node.type === 'table') {
      const uncertain = node.data?.uncertain
      const table = tableToRecord(node, pendingLabel, pendingCaption.length > 0 ? pendingCaption.join(' ') : null)
      if (uncertain !== undefined) {
        context.messages.warn(
          'table-layout-lost',
          `The text of ${pendingLabel ?? 'a table'} has lost its columns; its cells are not recoverable from text`,
          firstLine(node),
          'answer.tables',
        )
      }
      if (node.data?.columnMajor || node.data?.orderInferred) {
        const evidence = node.data.orderInferred
        context.messages.warn(
          'table-layout-inferred',
          evidence
            ? `The rows and columns of ${pendingLabel ?? 'a table'} were inferred from text that fits more than one reading: ${evidence}`
            : `The text lists the cells of ${pendingLabel ?? 'a table'} one per line, column by column; its rows and columns were inferred from that order`,
          firstLine(node),
          'answer.tables',
        )
      }
      if (node.data?.positionsDoubted) {
        context.messages.warn(
          'table-layout-inferred',
          `The cells of ${pendingLabel ?? 'a table'} were read from where the PDF's text stands, and ${node.data.positionsDoubted}`,
          firstLine(node),
          'answer.tables',
        )
      }
      const runTogether = uncertain === undefined ? cellOfValuesRunTogether(table.rows) : undefined
      if (runTogether !== undefined) {
        context.messages.warn(
          'table-layout-inferred',
          `A cell of ${pendingLabel ?? 'a table'} holds several values run together ("${runTogether}"): columns of a row were read as one`,
          firstLine(node),
          'answer.tables',
        )
      }
      if (node.data?.headerInferred) {
        context.messages.warn(
          'table-header-inferred',
          `The headings of ${pendingLabel ?? 'a table'} stand over more lines than one; ${node.data.headerInferred}`,
          firstLine(node),
          'answer.tables',
        )
      } else if (uncertain === undefined && hasUnheadedValueColumn(table.header)) {
        // No table of the corpus has one: a cell read left of the first value column, or columns shifted.
        context.messages.warn(
          'table-header-inferred',
          `A value column of ${pendingLabel ?? 'a table'} has no heading where the others have one: its columns may be shifted`,
          firstLine(node),
          'answer.tables',
        )
      } else if (uncertain === undefined && !node.data?.positionsDoubted && hasNoHeadings(table.header)) {
        // No table of the corpus has value columns all unheaded: the header's lines went to the caption or the text.
        context.messages.warn(
          'table-header-inferred',
          `No value column of ${pendingLabel ?? 'a table'} has a heading: its header may have been read as its caption or as text`,
          firstLine(node),
          'answer.tables',
        )
      }
      pendingLabel = null
      pendingCaption = []
      tables.push(table)
      tableSources.push({ reader: node.data?.reader, lines: lines.filter((line) => line.block === index) })
      blocks.push({ type: 'table', table: tables.length - 1 })
      lastTable = table
      continue
    }
    if (node.type === 'list') {
      flushLabel()
      const start = node.ordered ? listStart(node) : undefined
      blocks.push({
        type: 'list',
        ordered: node.ordered === true,
        ...(start === undefined ? {} : { start }),
        items: node.children.map((item) => {
          const text = joinLines(item.children.flatMap((child) => nodeLines(child).map((line) => line.text)))
          // An ordered item's number goes too where BULLET leaves it (`1. en fast frist`, `2. 12 uger`).
          return node.ordered && !BULLET.test(text) ? text.replace(/^\d{1,2}\.\s+/u, '') : text.replace(BULLET, '')
        }),
      })
      lastTable = undefined
      continue
    }
    // Without an answer heading the question's last line and the answer's first may share a block.
    const read = textOf(node, index)
    // The ministry's name over the letterhead's fields a rendition set after the answer (`… forløb.` / `Indenrigs- og
    // Sundhedsministeriet` / `Dato: 12. april 2005` / `Kontor: 3.s.kt.` …), on its own or run onto the last sentence.
    const text = read.endsWith('ministeriet') && sideFieldsFollow(tree, index) ? read.replace(MINISTRY_AT_END, '').trimEnd() : read
    if (text === '') continue
    if (annex && index === annex.block && ANNEX_HEADING.test(text)) {
      flushLabel()
      blocks.push({ type: 'heading', text })
      lastTable = undefined
      continue
    }
    // A table's title with no label (`Oversigt over …`, `Ledighed … fordelt på opholdstid …`) right before its table:
    // the table's caption.
    if (pendingLabel === null && tree.children[index + 1]?.type === 'table' && isTableTitle(text)) {
      flushLabel()
      pendingCaption = [text]
      continue
    }
    // "Tabel 1", "Tabel 1. Caption", or "Tabel 1 Caption" right before its table — not "Tabel 1 viser, at …".
    const tableLabel = TABLE_LABEL.exec(text)
    // The next block of the text: page footers, headers and footnotes between a label at a page's foot and its
    // table at the top of the next page do not count.
    const nextNode = tableLabel ? nextTextBlock(tree, index) : undefined
    const isLabel =
      tableLabel !== null &&
      (!tableLabel[2] ||
        LABEL_THEN_CAPTION.test(text) ||
        nextNode?.type === 'table' ||
        // "Tabel 1" alone on the block's first line, its caption (and unread cells) run on after it.
        LABEL_ALONE.test(firstLine(node)?.text.trim() ?? ''))
    if (tableLabel && isLabel) {
      flushLabel()
      pendingLabel = tableLabelText(tableLabel)
      pendingLabelLine = firstLine(node)
      if (tableLabel[2]) pendingCaption.push(tableLabel[2])
      continue
    }
    if (pendingLabel !== null && pendingCaption.length === 0 && !NOTE.test(text) && !SOURCE.test(text)) {
      pendingCaption.push(text)
      continue
    }
    flushLabel()
    const figure = FIGURE_LABEL.exec(text)
    if (figure) {
      const captionLine = firstLine(node)
      blocks.push({
        type: 'figure',
        label: `Figur ${figure[1]}`,
        caption: figure[2] ?? '',
        page: captionLine?.page ?? null,
        bbox: figureImage(tree, captionLine),
      })
      lastTable = undefined
      continue
    }
    if (NOTE.test(text)) {
      // A source run on after the note's last sentence (`Anm.: … et helt år.Kilde: Statens Serum Institut …`): its own.
      const { note, source } = noteAndSource(text.replace(NOTE, ''))
      blocks.push({ type: 'note', text: note })
      lastTable?.notes.push(note)
      if (source !== undefined) {
        blocks.push({ type: 'source', text: source })
        if (lastTable) lastTable.source = source
        lastTable = undefined
      }
      continue
    }
    if (lastTable && (MARKED_NOTE.test(text) || notesCell(text, tableCells(lastTable)))) {
      // A footnote under the table (`* Foreløbige tal.`, `¹ Opgjort …`, `*til og med …` under a heading `2019*`): its
      // note, mark kept; a source may follow.
      blocks.push({ type: 'note', text })
      lastTable.notes.push(text)
      continue
    }
    if (SOURCE.test(text)) {
      const source = text.replace(SOURCE, '')
      blocks.push({ type: 'source', text: source })
      if (lastTable) lastTable.source = source
      lastTable = undefined
      continue
    }
    const footnote = nodeSource.every((line) => line.role === 'footnote')
    if (footnote) continue
    blocks.push({ type: /^[”"»„]/u.test(text) ? 'quote' : 'paragraph', text })
    lastTable = undefined
  }
  flushLabel()
  if (!closing) withoutRunOnSignature(blocks)
  // Footnotes: lines the layout marked as such, anywhere in the document.
  for (const line of lines) {
    if (line.role !== 'footnote') continue
    const match = /^(\d{1,2})\s*(\S.*|)$/u.exec(line.text)
    if (match?.[1]) blocks.push({ type: 'footnote', identifier: match[1], text: match[2] ?? '' })
    else {
      const last = blocks.at(-1)
      if (last?.type === 'footnote') last.text = joinLines([last.text, line.text])
    }
  }
  const content = lines.filter((line) => line.index >= startLine && line.index < end && line.block < textEnd && !line.role)
  const bounds = [content[0], content.at(-1)].filter((line): line is Line => line !== undefined)
  return { blocks, tables, tableSources, text: blocksToText(blocks, tables), end, lines: bounds }
}

/** A numbered item's number as printed: `1.` or `1)` before its text. */
const ITEM_NUMBER = /^(\d{1,2})[.)]\s/u

/**
 * The number of an ordered list's first item where its items are numbered by digits one after another as printed
 * (`1. Du har …`, `2. Jeg vil …`; `2)`, `3)`); else none (letters, numbers out of turn).
 */
function listStart(node: List): number | undefined {
  const numbers = node.children.map((item) => {
    const first = item.children[0]
    const text = first ? (nodeLines(first)[0]?.text ?? '') : ''
    const number = ITEM_NUMBER.exec(text.trimStart())?.[1]
    return number === undefined ? Number.NaN : Number(number)
  })
  const start = numbers[0]
  return start !== undefined && numbers.every((number, at) => number === start + at) ? start : undefined
}

/**
 * The answer as plain text: one paragraph per block, tables as tab-separated rows, a list's items each on a line —
 * numbered as printed where the list is numbered by digits (`1. Du har …`), else after a dash.
 */
export function blocksToText(blocks: readonly Block[], tables: readonly RecordTable[]): string {
  return blocks
    .map((block) => {
      switch (block.type) {
        case 'list': {
          const { start } = block
          return block.items.map((item, at) => (start === undefined ? `- ${item}` : `${start + at}. ${item}`)).join('\n')
        }
        case 'table': {
          const table = tables[block.table]
          if (!table) return ''
          const head = [table.label, table.caption].filter(Boolean).join(' ')
          const rows = [table.header, ...table.rows.map((row) => row.map((cell) => cell.raw))].map((row) => row.join('\t'))
          return [head, ...rows].filter((row) => row !== '').join('\n')
        }
        case 'figure':
          return [block.label, block.caption].filter(Boolean).join('. ')
        case 'note':
          return `Anm.: ${block.text}`
        case 'source':
          return `Kilde: ${block.text}`
        case 'footnote':
          return `${block.identifier} ${block.text}`
        default:
          return block.text
      }
    })
    .filter((text) => text !== '')
    .join('\n\n')
}
