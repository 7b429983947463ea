/**
 * What kind of document this is: an answer, a committee's question letter, a consultation speech paper, a
 * cover letter, or unknown.
 */
import type { DocumentType } from '@ft-answers/schema'
import {
  ANSWER_HEADING,
  ASKER_SPOKEN_OF,
  CLOSING,
  ENCLOSURE_MARK,
  opensListItem,
  SPEECH_HEAD,
  SPEECH_OPENING,
  SPEECH_TITLE,
  TIDENDE_SPEAKER,
} from '../layout/markers.js'
import { matchesOf } from '../util/matches.js'
import { startsOnLine, startsOnSplitLine } from '../util/wrapped.js'
import type { Context } from './context.js'
import { COVER_PAGE_LINES, coverLineSigner } from './cover-line.js'
import type { Line } from './lines.js'
import { COMMITTEE_SIGNS } from './own-initiative.js'
import { isSection20Title } from './question.js'

/**
 * The Lovsekretariat signs a § 20 question letter for the Speaker: `På Folketingets formands vegne` (over
 * `Lovsekretariatet`). With a question and no answer heading, a question letter.
 */
const SPEAKER_SIGNS = /^På\s+Folketingets\s+formands\s+vegne\b/iu

/**
 * "Udvalget udbeder sig ministerens besvarelse af følgende spørgsmål" (in 2004 with the copies it wants between: "Udvalget
 * udbeder sig - i 5 eksemplarer - ministerens besvarelse …"), "I et kommende samråd ønsker udvalget …"
 */
const QUESTION_LETTER =
  /Udvalget\s+(?:udbeder\s+sig\s+(?:hermed\s+)?(?:[-–]\s+i\s+\d{1,2}\s+eksemplarer\s+[-–]\s+)?ministerens\s+(?:skriftlige\s+)?besvarelse|(?:anmoder|beder)\s+(?:hermed\s+)?ministeren\s+om\s+at\s+besvare)|I\s+et\s+kommende\s+samråd\s+ønsker\s+udvalget/u

/**
 * The word each of `QUESTION_LETTER`'s phrasings holds (`Udvalget udbeder sig …`, `… samråd ønsker udvalget`), whole:
 * it has no space, so a match run on into the next line (`startsOnLine` joins the two with one) holds it on one of them.
 */
const QUESTION_LETTER_WORD = 'dvalget'

/** Lines from the top within which a speech paper's first words stand. */
const SPEECH_OPENING_LINES = 40

/**
 * Lines of the document's own top within which a speech paper's head stands: ft.dk's stamp and the names of its page
 * images ("1265318_0001.png" … one per page, seven for a seven-page speech) come before it and are not counted.
 */
const SPEECH_HEAD_LINES = 12

/** The first `count` lines that are not ft.dk's stamp or page-image names. */
function topLines(lines: readonly Line[], count: number): Line[] {
  const top: Line[] = []
  for (const line of lines) {
    if (top.length >= count) break
    if (line.role !== 'stamp') top.push(line)
  }
  return top
}

/** The fields of a speech paper's form (`Anledning:`, `Målgruppe:` …). */
const SPEECH_FORM_WORDS = 'Anledning|Målgruppe|Tilhørerkreds|Arrangør|Taletid'

/**
 * The fields of a ministry's form for a speech at a samråd: `Anledning`, `Målgruppe` or `Tilhørerkreds`, `Arrangør`,
 * `Taletid` (`Taletid: 15 minutter`), each a word of its own, capitalised, its value after it capitalised, a number
 * or on the next line — on lines of their own or glued into one (`… TIL L 106 Anledning Samråd om L 106 Titel …
 * Målgruppe Folketingets …`). A sentence goes on in lower case (`Anledning til mødet var …`).
 */
const SPEECH_FORM_FIELD = new RegExp(String.raw`(?<!\p{L})(${SPEECH_FORM_WORDS}):?(?=\s*$|\s\s?[\p{Lu}\d])`, 'gu')

/**
 * `SPEECH_FORM_FIELD`'s words, as it matches them (in capitals): a line without one is not searched (every top line is
 * asked, and a search over all its matches costs more than a test).
 */
const SPEECH_FORM_WORD = new RegExp(SPEECH_FORM_WORDS, 'u')

/** Fields of the speech form that mark a speech paper where its head does not say so. */
const MIN_SPEECH_FORM_FIELDS = 3

/** The first line of the top lines' that holds a speech form's field, where they hold `MIN_SPEECH_FORM_FIELDS` of them. */
function speechForm(lines: readonly Line[]): Line | undefined {
  const fields = new Set<string>()
  let first: Line | undefined
  for (const line of lines) {
    if (!SPEECH_FORM_WORD.test(line.text)) continue
    for (const match of matchesOf(SPEECH_FORM_FIELD, line.text)) {
      first ??= line
      fields.add(match[1] ?? '')
    }
  }
  return fields.size >= MIN_SPEECH_FORM_FIELDS ? first : undefined
}

/**
 * ft.dk's question page: "Status: Endeligt besvaret", "URL: …/spm/422/index.htm" — not a bill's case page, whose status
 * is the bill's ("Status: Stadfæstet", "Vedtaget", "Bortfaldet"); or the case page's step of a question registered,
 * "Anmeldelse 03-01-2011" (a page stored from its "Sagsgang:" on, its title and fields lost).
 */
const QUESTION_PAGE =
  /^(?:Status:\s(?!(?:Stadfæstet|Vedtaget|Bortfaldet|Forkastet|Fremsat|Tilbagetaget|Henvist)(?!\p{L}))|URL:\s*https?:\/\/(?:www\.)?ft\.dk\/samling\/\d{5}\/\w+\/\w+\/spm\/|Anmeldelse\s\d{1,2}-\d{1,2}-\d{4}\s*$)/u

/** The banner "det talte ord gælder" (the spoken word is what counts), in any case, anywhere in a line. */
const SPOKEN_WORD_BANNER = /(?<!\w)DET\s+TALTE\s+ORD\s+GÆLDER\b/iu

/**
 * Whether the banner runs over a line's end from `line` into the next (`… forholds tale (det` / `talte ord gælder)`, a
 * title wrapped at a narrow column).
 */
function bannerWrapped(line: Line, lines: readonly Line[]): boolean {
  const next = lines[line.index + 1]
  return next !== undefined && /(?:^|\s|\()det$/iu.test(line.text.trimEnd()) && SPOKEN_WORD_BANNER.test(`det ${next.text.trimStart()}`)
}

/**
 * A speech paper's head: "TALE", "TALEPAPIR", "TALEPUNKT(ER)", "TALEMANUSKRIPT", "TALESEDDEL" (speaking notes), the "DET TALTE ORD GÆLDER" banner (also after a title,
 * "TALEPAPIR – DET TALTE ORD GÆLDER"), "Tale til samråd", "Udviklingsministerens talepapir til brug for samråd …",
 * "- Tale til besvarelse af spørgsmål A, B og C".
 */
const SPEECH = [
  SPEECH_HEAD,
  // Glued to the next line's first word in an old rendition: "TALEPAPIRDet talte ord gælderTilhørerkreds: …".
  /^TALE(?:PAPIR|PUNKT(?:ER)?|MANUSKRIPT|SEDDEL)(?!\p{Ll})/u,
  // A draft's head: "UDKAST TIL TALE", "Udkast til talepapir", "UDKAST TIL TALEPUNKTER".
  /^Udkast\s+til\s+tale(?:papir|punkt(?:er)?|seddel)?\b/iu,
  SPOKEN_WORD_BANNER,
  /^Tale\s+til\s+samråd/u,
  // "- Tale til besvarelse af spørgsmål A, B, C … den 3. februar 2023" (under "Samrådsspørgsmål (EUU) A, B, C …").
  /^(?:[-–]\s*)?Tale\s+til\s+besvarelse\s+af\s+(?:samråds)?spørgsmål\b/u,
  /(?<!\w)tale(?:papir|punkter|seddel)?\s+til\s+brug\s+(?:for|ved)\s+(?:besvarelse(?:n)?\s+af\s+)?samråd/iu,
  // The title naming whose answer the questions get: "Tale til brug for ministerens besvarelse af spørgsmålene N, O og
  // P (alm. del) i samrådet …" (a draft of 2006, under "UDKAST").
  /^Tale\s+til\s+brug\s+(?:for|ved)\s+(?:[\p{Ll}-]{0,40}ministerens\s+)?besvarelse(?:n)?\s+af\s+(?:samråds)?spørgsmål/u,
  // A title that opens the paper: "Talemanuskript til brug for besvarelse af BOU alm. del" / "samrådsspørgsmål A-B",
  // "Talepapir til samrådsspørgsmål S-W og Å".
  /^Tale(?:papir|manuskript|seddel)\s+til\s+(?:(?:brug\s+(?:for|ved)\s+)?besvarelse(?:n)?\s+af\b|samråd)/u,
  // The minister's, as the paper's title, after the page's number where a rendition ran the page into one line:
  // "1 Miljøministerens talepunkter til besvarelse af samrådsspørgsmålene D, E og F i …".
  /^(?:\d{1,2}\s+)?\p{Lu}[\p{L}-]{0,40}ministerens\s+tale(?:papir|punkter|manuskript|seddel)?\s+til\s+(?:brug\s+(?:for|ved)\s+)?besvarelse(?:n)?\s+af\s+samrådsspørgsmål/u,
]

/**
 * A letter that sends something on: "Hermed sendes svar på spørgsmål nr. 413 …", "Hermed fremsender jeg …", "Jeg
 * fremsender hermed …", "Til orientering oversendes …", "Vedlagt fremsendes til orientering
 * …", "Vedlagt følger …", and in the first person "Jeg vedlægger …", "Hermed vedlægger jeg …", "Jeg skal hermed
 * fremsende …", "Til orientering for Folketingets Miljø- og Planlægningsudvalg fremsendes …" (the committee named, up to four
 * words), "Vedlagt findes nogle dokumenter …" (a committee's secretary sending letters on), "Til Sundheds- og
 * Ældreudvalgets orientering fremsendes …", "Til jeres orientering sendes …" (whose orientation named otherwise), "Hermed
 * omdeles til orientering …" (the Folketing's secretariat circulating a letter); "herved" as "hermed" ("Jeg sender herved
 * Rigsadvokatens redegørelse …", "Herved fremsendes …"), and "Her sendes udkast …" (a hearing letter; not "Her følger",
 * which opens an answer's list as often). With no question in it and no answer heading, a cover letter.
 */
const COVER =
  /^(?:Her\s+(?:sendes|fremsendes|oversendes)\b|(?:Her(?:med|ved)|Vedlagt|Vedlagte|Til\s+(?:(?:udvalgets|jeres|Deres|(?:Folketingets\s+)?(?:[\p{L}-]+\s+og\s+)?\p{L}+udvalg(?:et)?s)\s+)?orientering(?:\s+for(?:\s+[^\s.,]{2,40}){1,4})?)\s+(?:(?:sendes|fremsendes|oversendes|omdeles)\b|(?:følger|findes)\b|(?:sender|fremsender|oversender|vedlægger)\s+jeg\b)|Jeg\s+(?:(?:sender|fremsender|oversender)\s+(?:her(?:med|ved)|vedlagt)\b|vedlægger\b|skal\s+hermed\s+(?:sende|fremsende|oversende)\b))/u

/**
 * A sentence anywhere in a letter that says it sends something with it: `Opgørelsen … er vedlagt som bilag 1`, `…
 * følger vedlagt svar på 4 af de 5 spørgsmål`,
 * `Til orientering vedlægges …`, `… som jeg vedlægger`, `… fremsendes hermed`, `Hermed oversendes …` mid-line, `… som jeg
 * hermed fremsender`, `… besluttet at fremsende vedlagte henvendelse`, `… jf. vedlagte bilag` (a reply
 * to the committee's letter that sends a revised paper on), `… rapport, som medsendes til jeres orientering`, `… er
 * vedhæftet`, `… vedhæftes`. Weaker than `COVER`, which
 * opens the sentence: read only where nothing says the letter answers, asks or orients.
 */
const ENCLOSES =
  /(?<!\w)(?:er|ses|findes)\svedlagt\b|(?<!\w)jf\.\s(?:det\s|de\s)?vedlagte\b|(?<!\w)vedlagte\sbilag\b|(?<!\w)vedlægge[sr]\b|(?<!\w)vedlagt\s(?:fremsendes|oversendes|sendes|følger)\b|(?<!\w)følger\s(?:hermed\s)?vedlagt\b|(?<!\w)(?:fremsendes|oversendes)\s(?:hermed|vedlagt)\b|(?<!\w)hermed\s(?:fremsendes|oversendes|sendes|omdeles|fremsender|oversender|sender)\b|(?<!\w)(?:sender|fremsender|oversender)\s(?:jeg\s)?(?:hermed|vedlagt)\b|(?<!\w)(?:fremsende|oversende|sende)s?\s(?:hermed\s)?vedlagte\b|(?<!\w)medsendes\b|(?<!\w)vedhæfte[ts]\b/iu

/** A literal each of `ENCLOSES`'s matches holds (lowercased line): lines without one are not tried. */
const ENCLOSES_WORDS = ['vedlagt', 'vedlægge', 'hermed', 'medsendes', 'vedhæfte']

/**
 * Characters of the letter's text (its lines without a role, from the first) within which a sentence that names an
 * enclosure makes it a cover letter: the sending is what the letter opens with (`Opgørelsen … er vedlagt som bilag
 * 1` in its first paragraph, after a title). Further on, in a letter that first tells the committee about a matter,
 * `En oversigt over de 12 sager vedlægges som bilag` is an orientation letter's annex, said in passing.
 */
const ENCLOSES_WITHIN_CHARS = 800

/**
 * A sentence that opens with what is enclosed, its verb left out (`Vedlagt forslag til rekommandation …`, `Vedlagt
 * kopi af brev …`, a committee secretariat's note): `Vedlagt` in capitals, then a word in lower case.
 */
const ENCLOSED_FIRST = /^Vedlagt\s+\p{Ll}/u

/**
 * A hearing note's title at the top of the document (`Høringsnotat`, `HØRINGSNOTAT`, `Høringsnotat om …`, `Høringsnotat
 * til L 28 …`, `Kommenteret høringsnotat om …`), by other words too (`Notat om de indkomne høringssvar vedrørende …`,
 * `Kommenteret høringsoversigt`): the ministry's account of a bill's consultation, a note — not a letter, though it
 * names its annexes (`En oversigt … er vedlagt`, `jf. vedlagte høringsliste`).
 */
export const HEARING_NOTE_TITLE =
  /^(?:(?:Kommenteret\s+h|H)øringsnotat|HØRINGSNOTAT|Notat\s+om\s+(?:de\s+(?:indkomne|modtagne)\s+)?høringssvar(?:ene)?|(?:Kommenteret\s+)?[Hh]øringsoversigt|(?:KOMMENTERET\s+)?HØRINGSOVERSIGT)(?:\s+(?:om|til|vedr\.?|vedrørende|over)(?:\s|$).*)?$/u

/** How far down the top of the document a hearing note's title is looked for (below the stamp, a logo, a date). */
const HEARING_NOTE_LINES = 8

/**
 * A sending sentence's first word glued to the subject line before it, where an old rendition lost the line's end
 * (`Orientering om høring over udkast til lovforslagVedlagt sendes …`): a space goes back before it. Not
 * `lovforslagHermedsendt` (no space after the word).
 */
const GLUED_SENDING = /(?<=\p{Ll}{2})(?=(?:Vedlagt|Vedlagte|Hermed|Herved)\s)/gu

/** Whether a line (or its sentence wrapped onto the next line of its block) says the letter sends something. */
function encloses(line: Line, lines: readonly Line[]): boolean {
  if (ENCLOSED_FIRST.test(line.text)) return true
  const text = `${line.text} ${sameBlockNext(line, lines)?.slice(0, 30) ?? ''}`.replace(GLUED_SENDING, ' ')
  const lower = text.toLowerCase()
  return ENCLOSES_WORDS.some((word) => lower.includes(word)) && ENCLOSES.test(text)
}

/**
 * A minister's letter that tells the committee something and answers nothing: "Jeg vil hermed orientere udvalget om
 * …", "Jeg kan nu orientere om …", "Til orientering kan jeg oplyse …", "Kære beskæftigelsesudvalg", or titled so:
 * "Orientering til Folketingets Europaudvalg om status i …" (Justitsministeriet 2019, Udlændinge- og
 * Integrationsministeriet 2020), "Orientering til Transport- og Boligudvalget" alone on its line (Transportministeriet
 * 2019, passing on another ministry's orientation). Without a question and an answer heading, its "min besvarelse af spørgsmål nr. 12"
 * refers to another letter: not an answer.
 */
const ORIENTATION =
  /^(?:Jeg\s+(?:vil|skal|kan|ønsker\s+at)\s+(?:hermed\s+|gerne\s+|nu\s+)?orientere\b|Til\s+(?:udvalgets\s+)?orientering\s+kan\s+jeg\b|Kære\s+[\p{Ll}-]*udvalg\b|Orientering\s+til\s+(?:Folketingets\s+)?(?:[\p{L}-]+,?\s+(?:og\s+)?){0,3}[\p{L}-]*udvalg(?:et)?(?:\s+om\s|\s*$))/u

/**
 * A meeting's minutes by their title at the top (`Referat af 38. europaudvalgsmøde`, `Referat af møde i Rådet …`,
 * `REFERAT` alone over the meeting's name): their agenda lists the case's papers (`svar på spm. 1, om …`) and answers
 * nothing.
 */
const MINUTES_TITLE = /^(?:Referat|REFERAT)(?:\s+(?:af|fra)\s|\s*$)/u

/** How far down the top of the document the minutes' title is looked for. */
const MINUTES_TITLE_LINES = 6

/** A paragraph of running text: it opens with a capital and ends a sentence. */
const RUNNING_PARAGRAPH = /^\p{Lu}[\s\S]*[.!]$/u

/** A paragraph that asks (`?`) or requests (`Ministeriet bedes samtidig oplyse …`): the committee's, not an answer. */
const ASKS = /\?|(?<!\p{L})bedes(?!\p{L})/u

/** Words of the paragraph after a quoted question that make it an answer's running text. */
const RUNNING_PARAGRAPH_WORDS = 15

/** The body's first lines, where a letter's opening phrase may be split inside a word at a line end. */
const SPLIT_OPENING_LINES = 12

/**
 * "… som hermed besvares", "… som jeg hermed skal besvare", "besvarelse af (følgende) spørgsmål" (also "Til brug
 * for besvarelsen af samrådsspørgsmål A og spørgsmål 1-5 …", a note's opening), "Svar på …",
 * "følger hermed …ministerens endelige svar på spørgsmål nr. 382", "Hermed sendes endeligt svar på spørgsmål nr. 319",
 * and plain "Hermed sendes svar på spørgsmål nr. 148 af …" in a letter that quotes its question (a cover sentence alone
 * is a cover letter's, read before), "anmodet om min besvarelse". Not "besvarelse af spørgsmål om …": questions on a matter, answering in general (a
 * note on ministers' "praksis for besvarelse af spørgsmål om sager, som …"), no question the letter answers — the
 * phrase at a line's end is settled by the next line (`startsOnLine` reads the two joined).
 */
const ANSWERS =
  /hermed\s+(?:besvares|skal\s+besvare)|(?:^|\s)(?:Hermed\s+)?(?:sendes|fremsendes|oversendes)\s+(?:hermed\s+)?(?:(?:endeligt|foreløbigt)\s+)?svar\s+på\s+spørgsmål\s+(?:nr\.\s?)?\d|besvarelsen?\s+af\s+(?:følgende\s+)?(?:§\s*20-|\p{L}{2,30}udvalgs)?(?:samråds)?spørgsmål(?!\s+om\s|\s*$)|^Svar\s+på\s|(?:endelig|foreløbig)[et]?\s+svar\s+på\s+(?:[\p{L}-]+\s+)?spørgsmål/iu

/**
 * The minister's voice in the paragraph right after the question, where the answer has no heading: opening it ("Jeg
 * henviser til …", "Ministeriet kan oplyse …", "Transportministeriet har …" — not a question's "Ministeriet bedes …"),
 * or opening a later sentence of it, where the answer opens with the matter ("Arbejdsgruppen forventes at afgive
 * rapport inden årets udgang. Jeg vil sende udvalget rapporten …").
 */
const ANSWER_VOICE =
  /(?:^|[.!]\s)(?:Jeg|\p{Lu}[\p{Ll}-]*ministeriet|Ministeriet)\s(?:har|kan|vil|skal|henviser|er|må|finder|oplyser|bemærker|vurderer)\b/u

/** The characters of the answer's first paragraph read for `ANSWER_VOICE`. */
const ANSWER_VOICE_CHARS = 600

/**
 * A document system's approval sheet published in the place of an answer (cBrain F2's "Godkendelse" /
 * "Godkendelsesinformation" / "Trin 1" … / "DOKUMENT IKKE MEDTAGET"): no letter. Two of its marks make one.
 */
const APPROVAL_SHEET = [/^Godkendelses(?:information|type:)/u, /^Trin\s\d{1,2}$/u, /\bDOKUMENT\sIKKE\sMEDTAGET$/u]

/** An answer heading glued to its text or to the question's end: "Svar:Det er …", "…?”Svar:". */
const ANSWER_GLUED = /^Svar:\S|[”"?.]\s*Svar:?$/u

export interface DocumentTypeResult {
  type: DocumentType
  /** The line that decided it. */
  line?: Line
}

/** The next line's text, when it is in the same block. */
function sameBlockNext(line: Line, lines: readonly Line[]): string | undefined {
  const next = lines[line.index + 1]
  return next && next.block === line.block ? next.text : undefined
}

/**
 * Whether the committee's question letter opens on `line` (`QUESTION_LETTER`, perhaps run on into the next line of its
 * block). Asked of every line: one where neither it nor that next line holds `QUESTION_LETTER_WORD` is not searched.
 */
function opensQuestionLetter(line: Line, lines: readonly Line[]): boolean {
  const next = sameBlockNext(line, lines)
  if (!line.text.includes(QUESTION_LETTER_WORD) && !next?.includes(QUESTION_LETTER_WORD)) return false
  return startsOnLine(QUESTION_LETTER, line.text, next)
}

/** The text of a line's block from that line on, at most `ANSWER_VOICE_CHARS` characters. */
function paragraphOf(line: Line, lines: readonly Line[]): string {
  let text = line.text
  for (
    let next = lines[line.index + 1];
    next && next.block === line.block && text.length < ANSWER_VOICE_CHARS;
    next = lines[next.index + 1]
  ) {
    text += ` ${next.text}`
  }
  return text.slice(0, ANSWER_VOICE_CHARS)
}

/** The first lines of the letter's text, up to `ENCLOSES_WITHIN_CHARS` characters before the last of them. */
function openingOf(body: readonly Line[]): Line[] {
  let chars = 0
  const opening: Line[] = []
  for (const line of body) {
    if (chars > ENCLOSES_WITHIN_CHARS) break
    opening.push(line)
    chars += line.text.length
  }
  return opening
}

/**
 * An answer heading (`Svar:`) after `from`, with a line of text after it: where an answer that copied the committee's
 * question form begins.
 */
function answerHeadingAfter(lines: readonly Line[], from: Line): Line | undefined {
  const heading = lines.find((line) => line.index > from.index && !line.role && ANSWER_HEADING.test(line.text))
  const text = heading ? lines.find((line) => line.index > heading.index && !line.role && line.text.trim() !== '') : undefined
  return text ? heading : undefined
}

/** Sentences of running text before an enclosure's that make the letter one that tells, not one that sends. */
const TOLD_SENTENCES = 2

/**
 * Fewest words a sentence of running text has: an addressee (`udvalgets medlemmer og stedfortrædere.`) or a bill's title
 * line is none.
 */
const TOLD_SENTENCE_WORDS = 8

/**
 * Least share of a sentence's words that open in lower case for it to be running text: the letterhead and addressee
 * run together (`Folketingets Energipolitiske Udvalg Christiansborg, den 7. juni 2005 Til udvalgets medlemmer og
 * stedfortrædere.`) fall short.
 */
const PROSE_SHARE = 3 / 5

/**
 * Where a sentence of running text ends and the next begins: a stop after a word or a number, a capital after the
 * space.
 */
const SENTENCE_BREAK = /(?<=[\p{Ll}\d]{2}[.!?])\s+(?=\p{Lu})/u

/** A sentence's close, as `SENTENCE_BREAK` reads it: a stop after a word or a number. */
const SENTENCE_CLOSE = /[\p{Ll}\d]{2}[.!?]$/u

/** A word that opens in lower case. */
const LOWER_START = /^\p{Ll}/u

/**
 * An enclosure named in passing: `… har sendt vedlagte brev til …` — the word's stem, should it break over a line, its
 * hyphen kept, soft or lost (`ved` / `lægges`).
 */
const ENCLOSURE_WORD = /ved[\s\u00ad-]{0,2}l[aæ]g/iu

/**
 * Whether the letter tells its matter in `TOLD_SENTENCES` sentences of running text or more before the line that names
 * an enclosure, no enclosure named before it (`Udvalget drøftede … en studierejse … Det er Energistyrelsens vurdering, …`
 * / `Vedlagt omdeles en skitse …`): a note that informs, the enclosure said in passing — not a cover letter, whose
 * business, sending, is what it opens with.
 */
function toldFirst(body: readonly Line[], enclosure: Line): boolean {
  const before = body.filter((line) => line.index < enclosure.index).map((line) => line.text.trim())
  const text = before.join(' ')
  if (ENCLOSURE_WORD.test(text)) return false
  const told = text.split(SENTENCE_BREAK).filter((sentence) => {
    if (!SENTENCE_CLOSE.test(sentence)) return false
    const words = sentence.split(/\s+/u)
    const lower = words.filter((word) => LOWER_START.test(word)).length
    return words.length >= TOLD_SENTENCE_WORDS && lower >= words.length * PROSE_SHARE
  })
  return told.length >= TOLD_SENTENCES
}

/** Whether the lines hold two of an approval sheet's marks, and the first of them. */
function approvalSheet(lines: readonly Line[]): Line | undefined {
  const marks = APPROVAL_SHEET.map((pattern) => lines.find((line) => pattern.test(line.text)))
  const seen = marks.filter((line): line is Line => line !== undefined)
  return seen.length >= 2 ? seen.sort((a, b) => a.index - b.index)[0] : undefined
}

/**
 * The minister thanking for the question, as an answer spoken in the chamber opens: `Tak for spørgsmålet.`, or
 * after thanking the chair, `Og tak for spørgsmålet.`
 */
const THANKS_FOR_QUESTION = /^(?:Og\s+)?(?:[Mm]ange\s+)?[Tt]ak\s+for\s+spørgsmålet(?!\p{L})/u

/** Lines a spoken answer's opening may take before it thanks for the question: `Tak for det.` / `Og tak for spørgsmålet.` */
const THANKS_WITHIN = 2

/**
 * A minister's answer spoken in the chamber, as the Folketing's page of a § 20 question holds it: no stamp, letter,
 * heading or question — the speech alone, under Folketingstidende's line naming the minister who speaks
 * (`TIDENDE_SPEAKER`: `Socialministeren (Henrik Dam Kristensen):`, `Ministeren for flygtninge, indvandrere og integration
 * (Bertel Haarder):`; a member's line names a party instead), thanking for the question in its first lines (`Tak for spørgsmålet.`) or speaking of the member
 * who asked (`Det er forhåbentlig ikke nogen overraskelse for spørgeren, …`). A member's follow-up speaks to the
 * minister instead, and stays `unknown`. The line that shows it.
 */
function spokenAnswer(lines: readonly Line[], body: readonly Line[]): Line | undefined {
  if (lines.some((line) => line.role === 'stamp')) return undefined
  // Folketingstidende's speaker line over the speech: `Socialministeren (Henrik Dam Kristensen):`.
  const speaker = body[0]
  if (speaker && TIDENDE_SPEAKER.test(speaker.text.trim()) && body.length > 1) return speaker
  const thanks = body.slice(0, THANKS_WITHIN).find((line) => THANKS_FOR_QUESTION.test(line.text))
  if (thanks) return thanks
  return body.find((line) => ASKER_SPOKEN_OF.test(line.text))
}

/**
 * `questionEnd`: where the question found ends (exclusive line index), so that an answer without a heading can be
 * told by its first paragraph.
 */
export function findDocumentType(context: Context, hasQuestion: boolean, questionEnd?: number, quotedAlone = false): DocumentTypeResult {
  const found = (type: DocumentType, line: Line | undefined): DocumentTypeResult => (line ? { type, line } : { type })
  const sheet = approvalSheet(context.lines)
  if (sheet) return found('unknown', sheet)
  // A speech paper quotes the committee's samråd letter ("I et kommende samråd ønsker udvalget …") above its head
  // ("Talepapir (det talte ord gælder)"): its head decides, before the letter's words.
  // An answer letter that sends a speech on ("Svar" / "Nedenfor fremgår talepapiret … det talte ord gælder" /
  // "Tak for ordet."): its answer heading stands before the speech's marks, which are then the answer's text.
  const answered = context.lines.slice(0, SPEECH_OPENING_LINES).find((line) => ANSWER_HEADING.test(line.text))
  const beforeAnswer = (line: Line) => !answered || line.index < answered.index
  const speech =
    topLines(context.lines, SPEECH_HEAD_LINES).find(
      (line) => SPEECH.some((pattern) => pattern.test(line.text)) || bannerWrapped(line, context.lines),
    ) ??
    context.lines.slice(0, SPEECH_OPENING_LINES).find((line) => SPEECH_TITLE.test(line.text)) ??
    speechForm(topLines(context.lines, SPEECH_OPENING_LINES))
  if (speech && beforeAnswer(speech)) return found('consultation-speech', speech)
  const letter = context.lines.find((line) => opensQuestionLetter(line, context.lines) || QUESTION_PAGE.test(line.text))
  // A minister's answer that copies the committee's question form (`Udvalget udbeder sig ministerens besvarelse af
  // følgende spørgsmål:` / the case / `Spørgsmål 3` / the question) and answers below it (`Svar:` and its text): the
  // answer heading after the form's words decides. A committee's own letter has no answer heading.
  // Not on ft.dk's page of the question: its `Endeligt svar` heads the list of the case's documents, no answer's text.
  const copied = letter && !QUESTION_PAGE.test(letter.text) ? answerHeadingAfter(context.lines, letter) : undefined
  if (copied) return found('answer', copied)
  if (letter) return found('question', letter)
  const body = context.lines.filter((line) => !line.role)
  const thanks = body.slice(0, SPEECH_OPENING_LINES).find((line) => SPEECH_OPENING.test(line.text))
  if (thanks && beforeAnswer(thanks)) return found('consultation-speech', thanks)
  // A cover page a rendition set on one line, taken for the letterhead as it opens with its fields (`J.nr. … Dato: Til
  // Folketingets Skatteudvalg L 78 – Forslag til Lov om … Hermed fremsendes i 5 eksemplarer ændringsforslag …
  // Kristian Jensen /Lise Bo Nielsen`): its sending sentence and signature show it is the letter's own.
  const cover =
    body.find((line) => COVER.test(line.text)) ??
    topLines(context.lines, COVER_PAGE_LINES).find((line) => line.role === 'sidebar' && coverLineSigner(line.text) !== undefined)
  const heading = body.find((line) => ANSWER_HEADING.test(line.text) || ANSWER_GLUED.test(line.text))
  if (!hasQuestion && !heading && cover && !toldFirst(body, cover)) return found('cover-letter', cover)
  // A committee's letter that asks a question and holds no answer: a question letter in words other than the above;
  // so is the Folketing's § 20 question letter, by its title or the Lovsekretariat's signature.
  const committee =
    hasQuestion && !heading
      ? context.lines.find(
          (line) => COMMITTEE_SIGNS.test(line.text) || SPEAKER_SIGNS.test(line.text) || isSection20Title(line, context.lines),
        )
      : undefined
  if (committee) return found('question', committee)
  // Over all lines: the salutation ("Kære …udvalg") has a role of its own.
  // A title wraps at a narrow column (`Orientering til Folketingets` / `Indfødsretsudvalg om …`).
  const orientation =
    hasQuestion || heading
      ? undefined
      : context.lines.find((line) => startsOnLine(ORIENTATION, line.text, sameBlockNext(line, context.lines)))
  if (orientation) return found('unknown', orientation)
  const opening = hasQuestion && questionEnd !== undefined ? body.find((line) => line.index >= questionEnd) : undefined
  // A meeting's minutes, unless a letter sends them on (`Vedlagt omdeles referatet fra …`: a cover letter, below).
  const minutes = heading ? undefined : topLines(context.lines, MINUTES_TITLE_LINES).find((line) => MINUTES_TITLE.test(line.text))
  if (minutes && !openingOf(body).some((line) => encloses(line, context.lines))) return found('unknown', minutes)
  const listed = (line: Line) => opensListItem(line.text, context.lines[line.index - 1]?.text)
  const answer =
    heading ??
    // Its phrase may wrap at a line end (`… som jeg hermed skal` / `besvare.`), and in the letter's opening also inside
    // a word (`besvarelse af spørgs` / `mål nr. 487`).
    // Not on a list's or the notes' line that cites an answer (`2. Justitsministerens besvarelse af spørgsmål nr. …`).
    body.find((line) => !listed(line) && startsOnLine(ANSWERS, line.text, sameBlockNext(line, context.lines))) ??
    body
      .slice(0, SPLIT_OPENING_LINES)
      .find((line) => !listed(line) && startsOnSplitLine(ANSWERS, line.text, sameBlockNext(line, context.lines))) ??
    (opening && ANSWER_VOICE.test(paragraphOf(opening, context.lines).replace(ENCLOSURE_MARK, '')) ? opening : undefined) ??
    (hasQuestion ? body.find((line) => CLOSING.test(line.text)) : undefined)
  if (answer) return found('answer', answer)
  // A question in quotes with nothing around it (no heading, preamble or committee's signs), then a paragraph of
  // running text: the ministry's answer set under the question it quotes (`”Vil ministeren redegøre for …?”` /
  // `Udviklingen i antallet af hjemløse … er blevet fulgt …`), which speaks of the matter, not in the minister's voice.
  const matter = quotedAlone && opening ? paragraphOf(opening, context.lines) : ''
  if (opening && RUNNING_PARAGRAPH.test(matter) && !ASKS.test(matter) && matter.split(/\s+/u).length >= RUNNING_PARAGRAPH_WORDS) {
    return found('answer', opening)
  }
  // Nothing answers, asks or orients: a letter that says it sends something with it is a cover letter. Not a hearing
  // note, whose `vedlagte høringsliste` is its own annex.
  const hearingNote = topLines(context.lines, HEARING_NOTE_LINES).some((line) => HEARING_NOTE_TITLE.test(line.text.trim()))
  const enclosing = hasQuestion || heading || hearingNote ? undefined : openingOf(body).find((line) => encloses(line, context.lines))
  if (enclosing && !toldFirst(body, enclosing)) return found('cover-letter', enclosing)
  const spoken = hasQuestion || heading ? undefined : spokenAnswer(context.lines, body)
  if (spoken) return found('answer', spoken)
  return { type: 'unknown' }
}
