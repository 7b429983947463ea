/**
 * The signature after "Venlig hilsen" / "Med venlig hilsen" (or a committee's "På udvalgets vegne"): the name, then
 * a title when the next line reads as one ("Beskæftigelsesminister", "formand"); a side column the rendition set
 * between the greeting and the name is skipped. Where the letter has no closing, the signature a cover page puts
 * before the question (Justitsministeriet's and Skatteministeriet's letters): after the sentence that sends the
 * answer, the minister's name and the official who signs for the minister ("Peter Hummelgaard / / Morten Holland
 * Heide", "Karen Hækkerup/Anette Görtz").
 */
import type { Signature } from '@ft-answers/schema'
import { greetingWords, WORD_FIELD_ERROR } from '../layout/markers.js'
import { PAGE_NUMBER } from '../layout/roles.js'
import { asWritten, joinLines } from '../util/hyphenation.js'
import {
  BULLET_END,
  BULLET_START,
  CONTACT_LABEL,
  CUT_GREETING,
  findClosing,
  GLUED_CONTACT,
  GREETING,
  ministerBeforeOfficial,
  NAME,
  NOT_A_PERSON,
  nameBeforeSlash,
  OFFICIAL,
  ON_BEHALF,
  readsAsName,
} from './closing.js'
import type { Context } from './context.js'
import { COVER_PAGE_LINES, coverLineSigner, SENDS_ANSWER } from './cover-line.js'
import { isAddresseeLine } from './head.js'
import { LABEL_ONLY } from './letterhead.js'
import { endsText, type Line } from './lines.js'
import { runOnSignature } from './run-on-signature.js'
import { isSideColumnLine } from './side-column.js'

/** Longest title seen is "Beskæftigelsesminister og minister for ligestilling" (50). */
const MAX_TITLE_LENGTH = 90

/**
 * Most lines of a side column between the greeting and the name (Uddannelses- og Forskningsministeriet's: 11;
 * Forsvarsministeriet's, with five labels, their five values and the address: 18).
 */
const MAX_COLUMN_LINES = 24

/** A column's value read by its place under a run of labels: short (`THK`, `2023/006048`, `Ingen`, `28. august 2023`). */
const COLUMN_VALUE_TEXT = /^\S+(?:\s\S+){0,3}$/u

/** A case officer's label: its value is a person's name, which is no signature. */
const OFFICER_LABEL = /^Sagsbeh/iu

/** A title's line that ends inside a word at its hyphen, printed or soft: `… minister for ligestil-`. */
const TITLE_WORD_BROKEN = /\p{Ll}[-\u00AD]$/u

/**
 * A title's line that leaves the title open for the next: after `og`, `for` or a comma (`Beskæftigelsesminister og
 * minister for`, `Klima-, Energi- og`), or inside a word (`TITLE_WORD_BROKEN`).
 */
const TITLE_OPEN = new RegExp(String.raw`\b(?:og|for)$|,$|${TITLE_WORD_BROKEN.source}`, 'u')

/** A title's last part on a line of its own, capitalised as a line's start: `Forsyningsminister` under `Klima-, Energi- og`. */
const TITLE_LAST_PART = /^\p{Lu}\p{Ll}+minister(?:en)?$/u

/** `Side` left alone where a rendition split "Side 1/2": not a title. */
const PAGE_WORD = /^(?:Side|Page)$/u

/** The list of enclosures or copies under the signature (`Bilag`, `Bilag 1:`, `Vedlagt:`, `Kopi til:`): not a title. */
const ENCLOSURES = /^(?:Bilag|Vedlagt|Vedhæftet|Kopi\s+til|Cc)(?![\p{L}])/iu

/**
 * Where the question or the answer opens: the cover page's signature stands before it. As written or in capitals
 * (`SPØRGSMÅL NR. 356:`, `SVAR:`); not a wrapped sentence's lowercase `svar på …`.
 */
const QUESTION_OR_ANSWER = /^(?:Spørgsmål|Svar|SPØRGSMÅL|SVAR)(?![\p{L}\d_])/u

/**
 * The sentence that sends the answer on a cover page: `Hermed sendes besvarelse af …`, `Hermed fremsendes … svar`,
 * also with the letter's date glued before it by an old rendition (`22. januar 2010Hermed fremsendes …`).
 */
const COVER_SENTENCE = /^(?:\d{1,2}\.\s?\p{L}{3,9}\.?\s\d{4})?(?:Hermed|Vedlagt)\s+(?:frem)?sendes\b/u

/** Words of a title under a name: `Beskæftigelsesminister`, `Formand`, `Kontorchef`, `Direktør`. */
const TITLE_WORD = /minister|formand|chef|direktør|sekretær|ordfører|fuldmægtig/iu

/**
 * A letterhead's contact line set between the greeting and the name, glued as old renditions glue it: `1260
 * København KTelefonTelefax3392 9700…[email protected]`, `Tlf. 33 92 33 70`, `www.vtu.dk` — its postcode and town, or
 * a contact part as closing's `GLUED_CONTACT` reads it.
 */
const POSTCODE_LINE = /^(?:DK-)?\d{4}\s\p{Lu}/u

export interface SignatureResult {
  signature: Signature
  line: Line
  /** The name line and, when there is one, the title line. */
  lines: Line[]
}

/** The lines after the greeting that may hold the name: no official's line, no "P.M.V.", no side column before it. */
function afterGreeting(lines: readonly Line[], closing: Line): Line[] {
  const official = new Set<number>()
  for (const line of lines) {
    if (line.index <= closing.index) continue
    const name = line.text.trim() === '/' ? line.index + 1 : OFFICIAL.test(line.text) ? line.index : undefined
    if (name === undefined) continue
    official.add(line.index).add(name)
    // The official's own title under the official's name (`/` / `Anne Hansen` / `Fuldmægtig`): not the minister's.
    const title = lines[name + 1]
    if (title && !title.role && !NAME.test(title.text.trim()) && TITLE_WORD.test(title.text) && !/minister/iu.test(title.text)) {
      official.add(title.index)
    }
  }
  const after = lines.filter((line) => line.index > closing.index && !line.role && !official.has(line.index) && !ON_BEHALF.test(line.text))
  const name = columnEnd(lines, closing, official)
  const column = name ? after.indexOf(name) : -1
  return column > 0 ? after.slice(column) : after
}

/**
 * The name after a side column set between the greeting and it, if there is such a column: the date, the ministry,
 * its address, `Ref.-nr.` and its value, a letterhead's contact line glued into one; and a column of labels with
 * their values under them (`Dato:` / `Enhed:` / `Sagsnr.:` / `Dok.nr.:` / `Bilag:`, then `28. august 2023` / `THK` /
 * `2023/006048` / `607634` / `Ingen`), each value taken by its place under the labels — a person's name only where a
 * case officer's label (`Sagsbeh.:`) wants one. Lines the layout gave a role (a label or a value it read as the
 * letterhead's) count in the column too.
 */
function columnEnd(lines: readonly Line[], closing: Line, official: ReadonlySet<number>): Line | undefined {
  let labels = 0
  let officer = false
  let values = 0
  let text = 0
  for (const line of lines.slice(closing.index + 1)) {
    if (official.has(line.index) || ON_BEHALF.test(line.text)) continue
    if (!line.role && text++ >= MAX_COLUMN_LINES) return undefined
    const trimmed = line.text.trim()
    if (LABEL_ONLY.test(trimmed)) {
      if (values > 0 || labels === 0) officer = false
      if (values > 0) labels = 0
      values = 0
      labels++
      officer ||= OFFICER_LABEL.test(trimmed)
      continue
    }
    if (labels > 0) values = labels
    labels = 0
    const name = !line.role && NAME.test(trimmed)
    if (values > 0 && COLUMN_VALUE_TEXT.test(trimmed) && (!name || officer)) {
      values--
      if (name) officer = false
      continue
    }
    values = 0
    if (name) return text > 1 ? line : undefined
    if (!(isSideColumnLine(line, lines) || POSTCODE_LINE.test(line.text) || GLUED_CONTACT.test(line.text))) return undefined
  }
  return undefined
}

/**
 * Whether the line under the minister's name is another person's name, with no title word or with an official's
 * title before it: the official who signs with the minister, set without the `/` (`Ellen Trane Nørby` / `Zelle Huma
 * Sheikh`, `Departementschef Anne Hansen`) — not a title.
 */
function readsAsOfficial(text: string): boolean {
  const trimmed = text.trim()
  if (NAME.test(trimmed) && !TITLE_WORD.test(trimmed) && !NOT_A_PERSON.test(trimmed)) return true
  // An official's title before the official's name: `Departementschef Anne Hansen`, `Kontorchef Peter Holm`.
  const space = trimmed.indexOf(' ')
  const rest = space === -1 ? '' : trimmed.slice(space + 1)
  return !/minister/iu.test(trimmed) && NAME.test(rest) && !TITLE_WORD.test(rest) && !NOT_A_PERSON.test(rest)
}

/**
 * Whether `line` may be the title under the name: short, no digits, not a label, not a page's "Side", not the
 * ministry's name or address from a footer or side column.
 */
function readsAsTitle(line: Line, lines: readonly Line[]): boolean {
  const { text } = line
  return (
    text.length <= MAX_TITLE_LENGTH &&
    !readsAsOfficial(text) &&
    !PAGE_NUMBER.test(text) &&
    !PAGE_WORD.test(text) &&
    !ENCLOSURES.test(text) &&
    !/\d/u.test(text) &&
    !/[.:]$/u.test(text) &&
    !ORGANISATION_UNIT.test(text.trim()) &&
    // The committee the letter goes to, set with the head's labels under the signature: no title (`head.ts`).
    !isAddresseeLine(text.trim()) &&
    // A web or mail address (`[email protected]www.oem.dk`, the letterhead's contact column): no title.
    !GLUED_CONTACT.test(text) &&
    // A footer's part a narrow column broke at its bullet (`Styrelsen for Vand- og Naturforvaltning •` / `Haraldsgade
    // 53 • …`, `• 2100 København Ø`): no title.
    !BULLET_END.test(text.trim()) &&
    !BULLET_START.test(text.trim()) &&
    !isSideColumnLine({ text, line: line.line, index: line.index, block: line.block }, lines)
  )
}

/**
 * A ministry's unit under the name, the footer's first line (`Departementet` / `Slotsholmsgade 12`,
 * `Miljøstyrelsen`, `Økonomiafdelingen`): where the letter was sent from, no person's title.
 */
const ORGANISATION_UNIT =
  /^(?:[\p{L}-]+\s){0,3}[\p{L}-]*(?:(?:departement|sekretariat|ministerie|direktorat|kontor)et|styrelsen|afdelingen|enheden)$/iu

/** The mark of a signed original a transcription puts by the name: `(sign.)`, `(sign)`, `/s/`. */
const SIGNED_MARK = /(?:\(\s?sign\.?\s?\)|\/s\/)\s{0,3}$/iu

/**
 * A title an old rendition glued onto the name: a minister's (`Peter HummelgaardJustitsminister`, `Anne
 * HansenMinister for ligestilling` — the name's last letter in lower case, the title's first in capitals), or a
 * committee chair's, which committees' letters write in lower case (`Lars-Emil Johansenformand`, `Rasmus
 * Prehnnæstformand`, with the stop that ends the phrase: `Preben Rudiengaardformand.`): the shortest name before it,
 * so `næstformand` is not read as `næst` + `formand`.
 */
const GLUED_TITLE =
  /^(\p{Lu}[\p{L} .'’-]{1,60}?\p{Ll})(\p{Lu}\p{Ll}{0,30}minister|Minister\sfor\s\p{Ll}[\p{L} ,-]{0,80}|(?:[Nn]æst)?formand|Formand)\.?$/u

/** A title of words alone with a stop after it: `formand.`, `Fødevareminister.` */
const TITLE_WITH_STOP = /^\p{L}[\p{L} -]{1,60}\.\s*$/u

/**
 * A minister's title in brackets after the name, glued on or after a space: `Charlotte Sahl-Madsen(fung.
 * kulturminister)` (Kulturministeriet's cover letters, 2010). Groups: the name, the title.
 */
const BRACKETED_TITLE = /^(\p{Lu}[\p{L} .'’-]{1,60}?)\s?\((\s?\p{L}[\p{L} .,-]{0,80}?minister[\p{L} ,-]{0,60})\)$/u

/**
 * A title in lower case after the name and a comma, the space lost or not: `Morten Villumsen,udvalgssekretær`
 * (a committee secretary's note, 2009), `Klaus Andersen, udvalgssekretær`. Groups: the name, the title.
 */
const COMMA_TITLE = /^(\p{Lu}[\p{L} .'’-]{1,60}?),\s?(\p{Ll}[\p{L}-]{2,40}(?:\s\p{L}[\p{L}-]{1,30}){0,3})$/u

/** The name and title of a line that glues them, brackets the title or sets it after a comma, where the name reads as one. */
function gluedTitle(text: string): { name: string; title: string } | undefined {
  const trimmed = text.trim()
  const match =
    GLUED_TITLE.exec(trimmed) ??
    (trimmed.endsWith(')') ? BRACKETED_TITLE.exec(trimmed) : null) ??
    (trimmed.includes(',') ? COMMA_TITLE.exec(trimmed) : null)
  return match?.[1] && match[2] && NAME.test(match[1]) ? { name: match[1], title: match[2] } : undefined
}

/** A name's last word of one or two letters, no stop after it (`Ellen Tr`, `Ellen T`): a word cut off, not an initial (`K.`). */
const CUT_NAME_END = /\s\p{Lu}\p{Ll}?$/u

/** The name (the minister's, where the line gives the official's after it) and a title line under it. */
function readSignature(context: Context, candidates: Line[]): SignatureResult | undefined {
  const named = candidates
    // A hyphen the text reader marked the word's own (`Ammitzbøll-⁠Bille`, in a line that kept its line ends as spaces).
    .map((line) => {
      const text = asWritten(line.text)
      return text === line.text ? line : { ...line, text }
    })
    .map((line) => (SIGNED_MARK.test(line.text) ? { ...line, text: line.text.replace(SIGNED_MARK, '').trim() } : line))
    .filter((line) => line.text !== '')
    .map((line) => {
      const minister = ministerBeforeOfficial(line.text) ?? nameBeforeSlash(line.text)
      return minister ? { ...line, text: minister } : line
    })
  // A comma after the name, the title on the next line (`Jesper Thinghuus,` / `udvalgssekretær`): the name is without it.
  const first = named[0]
  if (first?.text.endsWith(',')) {
    named[0] = { ...first, text: first.text.slice(0, -1).trimEnd() }
    // The title then ends the phrase with a stop (`Christian H. Hansen,` / `formand.`): the title is without it.
    const second = named[1]
    if (second && TITLE_WITH_STOP.test(second.text)) named[1] = { ...second, text: second.text.trimEnd().slice(0, -1) }
  }
  const glued = named[0] ? gluedTitle(named[0].text) : undefined
  if (glued && named[0]) {
    const first = named[0]
    named.splice(0, 1, { ...first, text: glued.name }, { ...first, text: glued.title })
  }
  const [nameLine, titleLine] = named
  // A name misspelt in case (`Troels lund Poulsen`) over a lone `/` and the official's name is the minister's.
  if (!nameLine || !readsAsName(nameLine.text, context.lines[nameLine.index + 1]?.text.trim() === '/')) {
    if (nameLine)
      context.messages.warn('signature-unclear', `"${nameLine.text}" after the closing does not read as a name`, nameLine, 'signature')
    return undefined
  }
  // The text cut inside the name, the stored text's last line ending in a word's first letter or two (`Ellen Tr`):
  // no name can be read.
  if (CUT_NAME_END.test(nameLine.text) && endsText(context.lines, nameLine)) {
    context.messages.warn('signature-unclear', `The text ends inside the name "${nameLine.text}": left out`, nameLine, 'signature')
    return undefined
  }
  let title: string | null = null
  const used = [nameLine]
  if (
    titleLine &&
    readsAsTitle(titleLine, context.lines) &&
    (titleLine.block === nameLine.block || titleLine.index === nameLine.index + 1)
  ) {
    title = titleLine.text
    used.push(titleLine)
    // A title wrapped in a narrow column: `Beskæftigelsesminister og minister for` / `ligestilling`, also inside a word
    // at its hyphen, printed or soft (`… minister for ligestil-` / `ling`).
    const rest = named[2]
    if (
      rest &&
      TITLE_OPEN.test(titleLine.text) &&
      (/^\p{Ll}[\p{L} -]*$/u.test(rest.text) || TITLE_LAST_PART.test(rest.text)) &&
      rest.index === titleLine.index + 1 &&
      title.length + rest.text.length < MAX_TITLE_LENGTH
    ) {
      title = joinLines([title, rest.text])
      used.push(rest)
    }
    // Still open (the text cut inside the title, `Klima-, Energi- og` / `Forsyningsmin`): no title can be read.
    if (TITLE_OPEN.test(title)) {
      context.messages.warn(
        'signature-unclear',
        `The title under "${nameLine.text}" breaks off ("${title}"): left out`,
        titleLine,
        'signature',
      )
      title = null
    }
  }
  return { signature: { name: nameLine.text, title }, line: nameLine, lines: used }
}

/**
 * A cover page's signature before the question: the minister's name with the official's under it (`/`, then the
 * name, or `/ Name`) or after it on the line, or — right after the sentence that sends the answer and right before
 * the question — the minister's name alone, or with the minister's title under it (`Flemming Hansen` / `Fungerende
 * kulturminister`). The signature's lines: the name's, and the title's where it stands under it.
 */
function coverSignature(lines: readonly Line[], opens: number): Line[] | undefined {
  const head = lines.slice(0, opens === -1 ? lines.length : opens).filter((line) => line.role !== 'stamp' && line.role !== 'page-footer')
  const sent = head.findIndex((line) => COVER_SENTENCE.test(line.text))
  for (const [at, line] of head.entries()) {
    if (ministerBeforeOfficial(line.text)) return [line]
    if (!NAME.test(gluedTitle(line.text)?.name ?? line.text)) continue
    const next = head[at + 1]
    if (next && OFFICIAL.test(next.text)) return [line]
    // The name alone between the cover sentence and the question, with nothing after it but the minister's title
    // (`Fungerende kulturminister`) and letterhead lines (the J.nr., a page's "Side 2").
    const titled = next !== undefined && MINISTER_TITLE_LINE.test(next.text.trim())
    // The minister's title between the name and the official who signs under it (`Lene Espersen` / `Fg.
    // justitsminister` / `/` / `Cristina A. Gulisano`).
    const third = head[at + 2]
    if (titled && third && OFFICIAL.test(third.text) && !NOT_A_PERSON.test(line.text)) return [line, next]
    const previous = head[at - 1]
    const placed = !NOT_A_PERSON.test(line.text) && head.slice(titled ? at + 2 : at + 1).every((other) => isSideColumnLine(other, lines))
    if (sent !== -1 && at > sent && placed && opens !== -1 && /\.$/u.test(previous?.text ?? '')) return titled ? [line, next] : [line]
  }
  return undefined
}

/**
 * A minister's title alone on a line, acting or not: `Kulturminister`, `Fungerende kulturminister`, `fg. transport- og
 * energiminister`, `Minister for ligestilling`.
 */
const MINISTER_TITLE_LINE =
  /^(?:(?:[Ff]ungerende|[Ff]g\.|[Kk]onstitueret)\s)?(?:\p{L}[\p{L}, -]{0,60}minister|Minister\sfor\s\p{Ll}[\p{L}, -]{0,60})$/u

/**
 * Where the letter has no closing: the minister's name with the official who signs under it, anywhere after the
 * question (a letter that signs at its end without a greeting, its footer broken over lines the closing does not
 * read): `Esben Lunde Larsen` / `/` / `Jacob Nielsen`, `Karen Hækkerup` / `/ Anette Görtz`.
 */
function signedWithOfficial(lines: readonly Line[], opens: number): Line | undefined {
  if (opens === -1) return undefined
  return lines.slice(opens).find((line) => {
    if (line.role) return false
    // The official's line first: its pattern fails at the first character of any line that opens with no `/`, where
    // the words that are no person's are sought through the whole line.
    const next = lines[line.index + 1]
    if (!next || !OFFICIAL.test(next.text) || NOT_A_PERSON.test(line.text)) return false
    // A lone `/` needs the official's name after it; over it, a name misspelt in case (`Troels lund Poulsen`) is
    // the minister's all the same.
    const slash = next.text.trim() === '/'
    if (!readsAsName(line.text, slash)) return false
    const official = slash ? lines[line.index + 2] : next
    return official !== undefined && NAME.test(withStrayTailJoined(official.text.replace(/^\/\s*/u, '')))
  })
}

/**
 * A name's last letters a stray space cut off (`Peter Østergård Hav e`, as a justified rendition breaks words
 * anywhere), joined back for the test of whether the line is a name: one or two lowercase letters after a word.
 */
function withStrayTailJoined(text: string): string {
  return text.replace(STRAY_TAIL, '$1$2')
}

/** A word's last one or two letters alone at a line's end after a stray space (`Hav e`). */
const STRAY_TAIL = /(\p{Ll}) (\p{Ll}{1,2})$/u

/**
 * A minister's name whose lines a rendition put after a lone `/`, with the official's under it (`/` / `Inger
 * Støjberg` / `Anette Görtz`, where the letter set `Inger Støjberg` / `/` / `Anette Görtz`): the first of two names
 * after a `/` that follows no name.
 */
function slashBeforeNames(lines: readonly Line[], from: number): Line | undefined {
  for (const line of lines.slice(from)) {
    if (line.role || line.text.trim() !== '/') continue
    const before = lines[line.index - 1]
    const [minister, official] = [lines[line.index + 1], lines[line.index + 2]]
    if (before && readsAsName(before.text.trim(), true)) continue
    const person = (other: Line | undefined) =>
      other !== undefined && !other.role && NAME.test(other.text.trim()) && !NOT_A_PERSON.test(other.text)
    if (person(minister) && person(official)) return minister
  }
  return undefined
}

/** The line and the minister's name of a signature run on after the text's last sentence, in the text's last lines. */
function signedInLine(lines: readonly Line[], from: number): { line: Line; name: string } | undefined {
  const text = lines.slice(from).filter((line) => !line.role)
  for (const line of text.slice(-3).reverse()) {
    const found = runOnSignature(line.text)
    if (found) return { line, name: found.name }
  }
  return undefined
}

/** A contact label opening what follows the greeting: the letterhead's column glued on (`Tlf.FaxCVR-nr33 92 33 50…`). */
const CONTACT_START = new RegExp(`^(?:${CONTACT_LABEL})`, 'u')

/**
 * The greeting as an old rendition glued it, where the closing's finder does not read it: its words run together
 * (`Medvenlighilsen`), or run on from the answer's last sentence with the name after it (`…Roskilde-Holbæk.Med
 * venlig hilsenLars Barfoed`). What follows it on its line is the name, if anything.
 */
const GLUED_GREETING = new RegExp(
  String.raw`(?:^|(?<=[.!?”")]|(?<!\d)(?:19|20)\d{2}))\s?${greetingWords(String.raw`\s?`)},?\s?(?=\p{Lu}|$)`,
  'u',
)

/**
 * The name after a glued greeting, before the letterhead's sender in capitals and what follows it (`Bendt Bendtsen
 * ØKONOMI- OG ERHVERVSMINISTEREN 8. marts 2005 ØKONOMI- OG ERHVERVSMINISTERIET Slotsholmsgade …`, Økonomi- og
 * Erhvervsministeriet 2005, a cover page on one line). Group 1: the name.
 */
const NAME_BEFORE_CAPITALS_SENDER =
  /^(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s\p{Lu}\.?\p{Ll}*(?:-\p{Lu}\p{Ll}+)?){1,3})\s+(?=\p{Lu}[\p{Lu}\s,-]{2,60}MINISTER(?:EN|IET)(?!\p{L}))/u

/** The signature after a glued greeting: the name glued after it, else the lines after it. */
function afterGluedGreeting(context: Context): SignatureResult | undefined {
  const { lines } = context
  for (let at = lines.length - 1; at >= 0; at--) {
    const line = lines[at] as Line
    // Cheap literal test before the pattern.
    if ((line.role && line.role !== 'sidebar') || !/hils/iu.test(line.text)) continue
    const greeting = GLUED_GREETING.exec(line.text)
    if (!greeting) continue
    // A cover page a rendition set on one line, taken for the letterhead's column (`… Bredgade 43 … Hermed
    // fremsendes … den 18. marts 2005. Med venlig hilsen Helge Sander`): the greeting after a sentence on it.
    if (line.role && greeting.index === 0) continue
    const after = line.text.slice(greeting.index + greeting[0].length).trim()
    // The year before it (`… den 7. marts 2005 Med venlig hilsen …`) only on a line that goes on to the sender.
    const sender = NAME_BEFORE_CAPITALS_SENDER.exec(after)
    const afterYear = /(?:19|20)\d{2}$/u.test(line.text.slice(0, greeting.index))
    if (afterYear && !sender) continue
    const rest = sender?.[1] ?? after
    const candidates = rest ? [{ ...line, text: rest }] : afterGreeting(lines, line)
    return readSignature(context, candidates)
  }
  return undefined
}

/**
 * Where the letter has no closing, a signature a rendition moved about after the question: the names after a lone
 * `/`, or run on after the text's last sentence — the latter also in a letter with no question or answer heading (a
 * cover letter glued into a line or two: `… i høring.     Connie Hedegaard /Karsten Skov Miljøministeriet …`). Read
 * from its place, so flagged.
 */
function signedOutOfOrder(context: Context, opens: number): SignatureResult | undefined {
  const { lines } = context
  const slashed = opens === -1 ? undefined : slashBeforeNames(lines, opens)
  const inLine = slashed ? undefined : signedInLine(lines, Math.max(opens, 0))
  const line = slashed ?? (inLine ? { ...inLine.line, text: inLine.name } : undefined)
  const found = line ? readSignature(context, [line]) : undefined
  if (found) {
    context.messages.warn(
      'signature-without-greeting',
      `No greeting before "${found.signature.name}": read as the signature from the official's name after it, where the rendition ${slashed ? "set the '/' before both names" : 'ran it on after the text'}`,
      found.line,
      'signature',
    )
  }
  return found
}

/**
 * A cover page a rendition set on one line, its fields apart by runs of spaces (`Skatteministeriet J.nr. 2004-318 -
 * 0303 Den … Til Folketingets Skatteudvalg Hermed fremsendes svar på spørgsmål nr. 103 af 5. november 2004. (Alm.
 * del). Kristian Jensen /Birgitte Christensen`): the minister's name after the sentence that sends the answer
 * (`coverLineSigner`), before the question. Read from its place, so flagged.
 */
function signedInCoverLine(context: Context, opens: number): SignatureResult | undefined {
  const { lines } = context
  // Above the question; in a letter with none (a cover letter sending something on), among its first lines.
  for (const line of lines.slice(0, opens === -1 ? COVER_PAGE_LINES : opens)) {
    if (line.role === 'stamp') continue
    const name = coverLineSigner(line.text)
    if (!name || NOT_A_PERSON.test(name)) continue
    const found = readSignature(context, [{ ...line, text: name }])
    if (!found) continue
    context.messages.warn(
      'signature-without-greeting',
      `No greeting before "${found.signature.name}": read as the signature from its place after the sentence that sends the answer, on a cover page set on one line`,
      found.line,
      'signature',
    )
    return found
  }
  return undefined
}

/**
 * A question named among a cover's letterhead fields, no heading: `Spørgsmål 182` alone, no colon; also with Word's
 * field error before its number (`Spørgsmål Fejl! Intet bogmærkenavn opgivet.70`).
 */
const QUESTION_REFERENCE = new RegExp(String.raw`^Spørgsmål\s(?:${WORD_FIELD_ERROR}\s?)?(?:nr\.\s?)?\d{1,4}$`, 'u')

/** How far below such a reference the cover's sentence stands (`Til` / `Folketingets Skatteudvalg` / `Hermed sendes …`). */
const REFERENCE_TO_COVER_LINES = 4

/**
 * Where the question or the answer opens: the first line that heads either — past a question named among the
 * letterhead's fields (`Den` / `Spørgsmål 182` / `Til` / … / `Hermed sendes svar på spørgsmål nr. 182 …`, a 2005
 * Skatteministeriet cover), which the cover's sentence follows before any heading.
 */
function questionOrAnswerAt(lines: readonly Line[]): number {
  const opensFrom = (from: number) => lines.findIndex((line, at) => at >= from && !line.role && QUESTION_OR_ANSWER.test(line.text))
  const opens = opensFrom(0)
  if (opens === -1 || !QUESTION_REFERENCE.test(lines[opens]?.text.trim() ?? '')) return opens
  const below = lines.slice(opens + 1, opens + 1 + REFERENCE_TO_COVER_LINES)
  const sends = below.findIndex((line) => !line.role && SENDS_ANSWER.test(line.text))
  if (sends === -1 || below.slice(0, sends).some((line) => QUESTION_OR_ANSWER.test(line.text))) return opens
  return opensFrom(opens + 2 + sends)
}

export function findSignature(context: Context): SignatureResult | undefined {
  const { lines } = context
  const closing = findClosing(lines, 0, true)
  if (!closing || closing.bare) {
    const glued = afterGluedGreeting(context)
    if (glued) return glued
  }
  if (!closing) {
    // Where the question or the answer opens (-1: nowhere), which each reading of a letter without a closing needs.
    const opens = questionOrAnswerAt(lines)
    const cover = coverSignature(lines, opens)
    if (cover) return readSignature(context, cover)
    const official = signedWithOfficial(lines, opens)
    if (official) return readSignature(context, [official])
    return signedInCoverLine(context, opens) ?? signedOutOfOrder(context, opens)
  }
  const greeting = closing.last
  // What follows the greeting on its line (`Med venlig hilsenHenrik Dam Kristensen`); the name itself when bare.
  // A greeting cut off where the stored text ends (`Med venlig hil`) has nothing after it; nor has one the letterhead's
  // contact column was glued onto (`Med venlig hilsenTlf.FaxCVR-nr33 92 33 50…`), the name on the next line.
  const rest = closing.bare
    ? closing.line.text.trim()
    : greeting === closing.line && !CUT_GREETING.test(greeting.text.trim())
      ? greeting.text
          .replace(GREETING, '')
          .replace(/^[\s,.:;!]+/u, '') // `Venlig hilsen,`
          .trim()
      : ''
  const glued = !closing.bare && CONTACT_START.test(rest) ? '' : rest
  const after = afterGreeting(lines, greeting)
  const candidates = glued ? [{ ...greeting, text: glued }, ...after.filter((line) => line.index !== greeting.index)] : after
  const found = readSignature(context, candidates)
  if (found && closing.bare && !closing.unconfirmed) {
    context.messages.warn(
      'signature-without-greeting',
      `No greeting before "${found.signature.name}": read as the signature from its place at the letter's end (an official, a title or the ministry's footer after it)`,
      found.line,
      'signature',
    )
  }
  if (found && closing.unconfirmed) {
    context.messages.warn(
      'signature-unconfirmed',
      `The letter ends with "${found.signature.name}" alone, with no greeting, title or official: read as the signature`,
      found.line,
      'signature',
    )
  }
  return found
}
