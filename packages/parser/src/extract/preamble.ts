/**
 * The preamble sentence: "Beskæftigelsesudvalget har i brev af 17. november 2016 stillet følgende spørgsmål
 * nr. 128 (alm. del), som hermed besvares. Spørgsmålet er stillet efter ønske fra Finn Sørensen (EL)."
 * and its many variants (see docs/extraction.md). Gives the committee's name, the letter date, the kind and
 * number of the question, the askers and the minister asked.
 */
import type { Asker, QuestionKind } from '@ft-answers/schema'
import { ANSWER_HEADING, DASH_ALONE, opensListItem, QUESTION_HEADING } from '../layout/markers.js'
import { LETTER_OPENING, opensAnswerTitle } from '../layout/openings.js'
import { finishesOpenSentence } from '../layout/roles.js'
import { committeeByCode, committeeByName, committeeNamedIn, partyByCode, partyByName } from '../registry/index.js'
import { BILL_CODE_PART } from '../util/bill.js'
import { CASE_DOCUMENT_CODE, readCase } from '../util/case-document.js'
import { type FoundDate, findDate, findDates } from '../util/dates.js'
import { type DayMonth, findDayMonth } from '../util/day-month.js'
import { hot } from '../util/hot-patterns.js'
import { joinLines } from '../util/hyphenation.js'
import { matchesOf } from '../util/matches.js'
import { readOnce } from '../util/memo.js'
import { FIRST_NAME, NAME_PARTICLES, NAME_SPAN, NEXT_NAME_WORD, SHORT_NAMES } from '../util/person-name.js'
import { withStraySpacesJoined } from '../util/word-list.js'
import {
  anyOf,
  dateOverLineEnd,
  linesHolding,
  opensWithNamesParty,
  PROSE,
  startsOnLine,
  startsOnSplitLine,
  wrappedSentenceStart,
} from '../util/wrapped.js'
import { ASKED_FOR, ASKED_FOR_WORDS, ASKER_SENTENCE_GOES_ON } from './asker-sentence.js'
import type { Context } from './context.js'
import { REFERRING_WORDS } from './head.js'
import type { Line } from './lines.js'
import { isNumberedQuestion } from './numbered-questions.js'

/**
 * How many lines a preamble runs at most: Justitsministeriet's title (up to 3 lines, a bill's long name) before its
 * "Hermed sendes …" sentence (up to 4) and the asker sentence (2) make the longest seen, 9 — as many characters in a
 * narrower column, over more lines (`linesHolding`).
 */
const MAX_PREAMBLE_LINES = 10

/**
 * How many lines an asker sentence or a head's "stillet … til" sentence is read over from its first: the sentence and
 * its list of names wrap over up to three lines of a letter's column (as many characters over more lines in a narrow
 * one, `linesHolding`).
 */
const ASKER_SPAN_LINES = 3

/**
 * A line that goes on with the sentence(s) of the line before it even though that one ended with a stop or a colon:
 * a lowercase or digit start (`… spørgsmål nr.` / `128 (alm. del) …`), a parenthesis, or the asker sentence.
 */
const PREAMBLE_GOES_ON = /^(?:[\p{Ll}\d(]|Spørgsmå-?$)/u

/** Whether a line goes on with the preamble: `PREAMBLE_GOES_ON`, or the asker sentence (`Spørgsmålene er stillet …`). */
function goesOnWithPreamble(text: string): boolean {
  return (PREAMBLE_GOES_ON.test(text) && !PART_NUMBER.test(text)) || ASKER_SENTENCE_GOES_ON.test(text)
}

/** A part's number alone on its line (`1.`), as a note numbers its sections: it opens the text, after the preamble's sentence. */
const PART_NUMBER = /^\d{1,2}\.$/u

/**
 * A question heading ends the preamble — but not a title's lowercase tail without a colon: `Svar på alm. del` /
 * `spørgsmål 367` / `I brev af …` (uvm.dk), where the heading proper comes later (`spørgsmål 367:`).
 */
function isQuestionHeading(text: string): boolean {
  return QUESTION_HEADING.test(text) && (/^\p{Lu}/u.test(text) || /:\s*$/u.test(text))
}

/**
 * A line that ends with a name's initial or a name written short (`… efter ønske fra Holger K.` / `Nielsen (SF).`, `…
 * fra Hans Chr.` / `Schmidt (V).`): no sentence's end.
 */
const INITIAL_END = new RegExp(String.raw`\s(?:\p{Lu}|${SHORT_NAMES})\.$`, 'u')

/**
 * A line that ends with an abbreviation that always has words after it — `nr.`, `vedr.`, `jf.`, `ca.`, `pkt.`, `stk.`,
 * `evt.`, `inkl.`, `dvs.`, `bl.a.`, `f.eks.` (`… spørgsmål nr. 1 (alm. del) vedr.` / `KOM(2013)520 til …`, a narrow
 * column): no sentence's end.
 */
const ABBREVIATION_END = /(?<!\p{L})(?:nr|vedr|jf|ca|pkt|stk|evt|inkl|ekskl|dvs|bl\.a|f\.eks)\.$/iu

/**
 * `REFERRING_WORDS` (`jf.`, `se`, `tidligere`, …) right before a place in a sentence, a committee's case before it
 * or not (`jf. MPU alm. del – `): what stands there is cited.
 */
const CITED_BEFORE = new RegExp(String.raw`(?:${REFERRING_WORDS})\s{0,3}(?:\p{Lu}{2,4}\s{1,3}alm\.\s?del\s{0,3}[-–,]?\s{0,3})?$`, 'iu')

/** How many characters before a place `CITED_BEFORE` reads: the words and a committee's case. */
const CITED_CHARS = 40

/** Whether the question named at `at` in `text` is one the sentence cites (`CITED_BEFORE`). */
function citedAt(text: string, at: number): boolean {
  return at > 0 && CITED_BEFORE.test(text.slice(Math.max(0, at - CITED_CHARS), at))
}

/** Whether a line's stop is an abbreviation's (`ABBREVIATION_END`) or a name's initial's (`INITIAL_END`): no sentence's end. */
function stopsOnAbbreviation(text: string): boolean {
  return ABBREVIATION_END.test(text) || INITIAL_END.test(text)
}

/** Whether a line ends its sentence: `SENTENCE_END`, not at an abbreviation or an initial (`stopsOnAbbreviation`). */
function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text) && !stopsOnAbbreviation(text)
}

/**
 * A line that ends a sentence: `… som hermed besvares.`, `… stillet mig følgende spørgsmål:`, `… den 10. maj 2007.`,
 * a quotation closed after its sentence (`… (alm. del): ”Hvor mange præster er ansat?”`: the question quoted after
 * the announcement) — not a short number with its stop (`… teknisk gennemgang af § 17.` / `Beskæftigelsesministeriet
 * på …`).
 */
const SENTENCE_END = /(?:[^\d\s]|\d{3})[.:]$|[.?!][”“"«]$/u

export interface Preamble {
  text: string
  lines: Line[]
  committeeName?: string | undefined
  askedOn?: string | undefined
  /** The question's date where the letter gives no year (`den 5. november`): the year is inferred from the letter. */
  askedOnDayMonth?: DayMonth | undefined
  /** The first full date in the preamble, where no anchor placed one: most often the question's. */
  firstDate?: string | undefined
  kind?: QuestionKind | undefined
  number?: string | undefined
  bill?: string | undefined
  recipient?: string | undefined
  /**
   * The phrase stands inside the letter's running text, after sentences of its own (`runningTextBefore`): it speaks of
   * the question, but the letter's text began before it.
   */
  within?: true
}

/** `Beskæftigelsesudvalget har …`, `Folketingets Social- og Indenrigsudvalg har …` */
const SUBJECT_COMMITTEE = /^(?:Folketingets\s+)?(\p{Lu}[^.]*?udvalg(?:et)?)\s+har\b/u

/**
 * `… fra Folketingets Arbejdsmarkedsudvalg (L 22)`, `Svar på Finansudvalgets spørgsmål …`, a joint committee's name
 * whole in the genitive: `Svar på Børne- og Undervisningsudvalgets spørgsmål`, `Transport-, Bygnings- og
 * Boligudvalgets spørgsmål` (not its last word alone, `Boligudvalg`, another committee's name).
 */
const OTHER_COMMITTEE = [
  /\bfra\s+Folketingets\s+(\p{Lu}[^.()]{0,80}?udvalg)\b/u,
  // Udenrigsministeriet's title, the committee after `fra` with no `Folketingets` (`Spørgsmål fra Udenrigsudvalget til
  // udenrigsministeren af 14. november 2014`; numbered, `Spørgsmål 9 fra Udenrigsudvalget tiludviklingsministeren`;
  // glued after the ministry's name, `UdenrigsministerietSpørgsmål fraUdenrigsudvalget til…`).
  /(?:^|(?<=ministeriet|\d{4}))Spørgsmål\s+(?:(?:\p{Lu}{2,4}\s+alm\.\s?del\s+)?(?:nr\.\s*)?\d{1,4}\s+)?fra\s*(\p{Lu}\p{L}{0,40}udvalg(?:et)?|(?:\p{Lu}\p{Ll}*-,?\s+){1,3}og\s+\p{L}\p{Ll}*udvalg(?:et)?|Udvalget\s+(?:for|til|vedrørende)(?:\s+[\p{L}-]+,?){1,6}?(?=\s+til\s))(?=\s|til|efter)/u,
  /(?<![\p{L}-])((?:\p{Lu}\p{Ll}*-,?\s+){1,3}og\s+\p{L}\p{Ll}+udvalg|\p{Lu}\p{Ll}+udvalg)ets\s+spørgsmål\b/u,
  // `… spørgsmål nr. 346 (alm. del) stillet af Folketingets Miljø- og Planlægningsudvalg.`, the genitive's `s` lost
  // (`… stillet af Folketinget Europaudvalg den 2. december 2009`, Økonomi- og Erhvervsministeriet).
  /\bstillet\s+af\s+Folketing(?:ets|et)\s+(\p{Lu}[^.()]{0,80}?udvalg)\b/u,
  // The committee in its definite form, no `Folketingets`, before the day it asked (`Besvarelse af spørgsmål 4 stillet
  // af Europaudvalget den 1. december 2009`, a letter filed under another committee's case).
  /\bstillet\s+af\s+(\p{Lu}[\p{L}-]{0,40}udvalget)\s+(?:den|d\.)\s/u,
  // `…, som Folketingets Retsudvalg (Alm. del) har stillet til justitsministeren` (Justitsministeriet)
  new RegExp(
    String.raw`\bsom\s+(?:Folketingets\s+)?(\p{Lu}[^.,()]{0,60}?udvalg(?:et)?)\s+(?:\([^()]{1,20}\)\s+)?(?:${ASKED_FOR}\s+[^.]{1,80}?\s+)?har\s+stillet\b`,
    'u',
  ),
]

/**
 * Where a committee whose name does not end in `udvalg` may stand as the one asking: the sentence's subject (`Folketingets
 * Udvalg for Fødevarer, Landbrug og Fiskeri har i brev af …`, `Udvalget for Forretningsordenen har …`) or after `fra` /
 * `stillet af` or `som` (`…, som Folketingets … har stillet`), Folketingets or not (`… fra Udvalget til Prøvelse af
 * Valgene`); also a name that ends in a capitalised
 * `Udvalg` (`fra Folketingets Politisk-Økonomiske Udvalg`, `Det Energipolitiske Udvalg har …`). The name itself is the
 * registry's (`udvalgNamedAt`).
 */
const UDVALG_AT =
  /(?:^(?:Folketingets\s+)?|(?<!\p{L})(?:fra|stillet\s+af|som)\s+(?:Folketing(?:ets|et)\s+)?)(?=Udvalg(?:et)?\s+(?:for|vedrørende|til)\s|(?:Det\s+)?\p{Lu}[\p{L}-]{2,40}\s+Udvalg\b)/u

/** The registry's committee named where `UDVALG_AT` puts one: its name as the text writes it, the subject's followed by `har`. */
function udvalgNamedAt(text: string): string | undefined {
  const at = UDVALG_AT.exec(text)
  if (!at) return undefined
  const rest = text.slice(at.index + at[0].length, at.index + at[0].length + 120)
  const named = committeeNamedIn(rest)
  if (!named || !rest.startsWith(named.text)) return undefined
  return at.index > 0 || /^\s+har\b/u.test(rest.slice(named.text.length)) ? named.text : undefined
}

/**
 * What follows a letter's date where the letter went to the committee, not from it: `til Udvalget for …`, `til
 * udvalget`, `til Folketingets Europaudvalg`, `til Retsudvalget` (`brev af 1. november 2019 til Udvalget for …`).
 */
const TO_COMMITTEE = /^\s{0,3}til\s+(?:Folketingets\s|[Uu]dvalget\b|\p{Lu}[\p{L}-]{0,40}udvalg(?:et)?\b)/u

/** Anchors after which the letter date follows. */
const ASKED_ON_ANCHORS = [
  // i brev af (den) 17. november 2016 / Socialudvalgs brev af15. oktober / i mail af 5. maj 2020 / ved breve af …
  /(?:breve?|skrivelse|(?:e-?)?mail)\s*af\s*(?:den\s+|d\.\s*)?/iu,
  /(?<!\w)har\s+(?:den|d\.)\s+/iu, // har den 26. maj 2016 stillet / har d. 6. oktober 2020
  // spørgsmål nr. 31 af 20. april 2005 / spørgsmål 41 af 18. maj 2009 / spørgsmål nr. S 800 af … / spørgsmål nr. 2 - 17 af …
  /spørgsmål\s*(?:nr\.?\s*)?(?:S\s*)?\d+(?:\s{0,5}[-–]\s{0,5}\d{1,4})?\s*(?:\([^)]{0,60}\)\s*)?af\s+(?:den\s+)?/iu,
  // samrådsspørgsmål A (UFO alm. del) af 31. oktober 2019 (the consultation's letter, capital only)
  /samrådsspørgsmål\s+[A-ZÆØÅ]{1,2}\s*(?:\([^)]{0,60}\)\s*)?af\s+(?:den\s+)?/u,
  /(?<!\w)den\s+(?=\d{1,2}\.\s*\p{L}+\s+\d{4}\s+stillet)/iu, // … på FFL22 den 1. september 2021 stillet
  /(?<!\w)til(?:\s+[\p{L}-]*|\p{Ll}{0,30})ministeren\s*af\s+(?:den\s+)?/iu, // Spørgsmål fra Udenrigsudvalget til udenrigsministeren af 9. oktober 2015 (`tiludviklingsministeren`, `tiludenrigsministerenaf`, glued)
  /\bstillet\s+af\s+(?:Folketingets\s+)?\p{Lu}[\p{L}-]*udvalg(?:et)?\s+(?:den\s+|d\.\s*)?/u, // stillet af Folketingets Beskæftigelsesudvalg den 18.03.2022
  // stillet af Det Politisk-Økonomiske Udvalg den 26. maj 2008 / har stillet til justitsministeren den 4. marts 2025 /
  // stillede den 10. oktober 2019 (within the clause: no full stop between)
  /\bstille(?:t|de)\b[^.]{0,160}?\s(?:den|d\.)\s*/u,
  /\bstillet\s+(?=\d{1,2}\.)/u, // stillet 4. april 2019 efter ønske fra …
]

/**
 * The case a question is on: a bill (`L 85`, `B 12`), an aktstykke (`Aktstykke nr. 133`, `Aktstk. 17`) or a Commission
 * document (`KOM (2013) 0173`); the kind follows from which (`readCase`).
 */
const CASE_CODE = `(?:${BILL_CODE_PART}|${CASE_DOCUMENT_CODE})`

/** An alm. del case in brackets: `(alm. del)`, `(AMU alm. del)`, `(Alm.del)`. */
const ALM_DEL_BRACKETS = String.raw`\(\s*(?:[A-ZÆØÅ]{2,4}\s+)?[Aa]lm\.?\s*del\s*\)`

/**
 * The committee's general case before a bill's code in the same brackets, `(Alm. del – L 130)`: the question is the
 * bill's (ft.dk files it as L 130's), the general case the committee's heading for it.
 */
const ALM_DEL_BEFORE_CASE = String.raw`(?:[Aa]lm\.?\s?del\s?[-–]\s?)?`

/** An alm. del case in brackets after a question's number: ` (alm. del)`, `(AMU alm. del)`, `(Alm.del)`. */
const ALM_DEL_CASE = String.raw`\s*${ALM_DEL_BRACKETS}`

/**
 * A bill named by its title, its code after it, where no pattern read the question's case: `har i brev af 13. april
 * 2005 ad forslag til lov om jordfordeling … (Jordfordelingsloven) - L 5, udbedt sig min besvarelse af følgende
 * spørgsmål` (the number left to the question's heading). The title is the one `ad`/`vedrørende` names, so a bill
 * cited later in the sentence (`spørgsmål om busdriften efter L 136`) is none.
 */
const BILL_BY_TITLE = new RegExp(
  String.raw`(?<!\p{L})(?:ad|vedr\.|vedrørende)\s(?:lov)?forslag\stil\slov\s[^]{0,300}?\s[-–]\s{0,3}(${BILL_CODE_PART})(?![\p{L}\d])`,
  'u',
)

/**
 * An alm. del case in brackets anywhere (`ALM_DEL_BRACKETS`, not `ALM_DEL_CASE`, whose spaces before the bracket an
 * unanchored search would try from every space): a letter that files its question as alm. del names no bill's
 * question by a title.
 */
const ALM_DEL_SAID = new RegExp(ALM_DEL_BRACKETS, 'u')

/** `kind: 'case'`: the kind of the case the pattern's `bill` group names (`readCase`). */
const KIND_PATTERNS: ReadonlyArray<{ pattern: RegExp; kind: QuestionKind | 'case'; bill?: number; number: number }> = [
  // § 20-spørgsmål nr. S 1188
  { pattern: /§\s*20-?\s*spørgsmål\s*(?:nr\.?\s*)?(?:S\s*)?(\d+)/iu, kind: 'section20', number: 1 },
  // spørgsmål nr. S 2748 / spørgsmål S 231 / spm. nr. S 1609 / spørgsmål, nr. S 928: the S numbers § 20 questions
  // (capital S only: `spørgsmål nr. 5 s. 3` is not one; a stop after it, `spørgsmål nr. S.4794`, Udenrigsministeriet
  // 2006) — unless the case in brackets after it says alm. del (below)
  {
    pattern: new RegExp(
      String.raw`(?:[Ss]pørgsmål|[Ss]pm\.)\s*(?:,\s*)?(?:nr\.?\s*)?S\.?\s*(\d{1,5})(?![\p{L}\d])(?!${ALM_DEL_CASE})`,
      'u',
    ),
    kind: 'section20',
    number: 1,
  },
  // samrådsspørgsmål A / Samrådsspørgsmål Ø
  { pattern: /samrådsspørgsmål\s+([A-ZÆØÅ]{1,2})(?![\p{L}\d])/u, kind: 'consultation', number: 1 },
  // besvarelse af spørgsmål A om L 131: a samråd question (numbered in letters) on a bill
  {
    pattern: new RegExp(
      String.raw`[Ss]pørgsmål\s+([A-ZÆØÅ]{1,2})\s+(?:om|til|vedrørende|vedr\.|ad)\s+(${BILL_CODE_PART})(?![\p{L}\d])`,
      'u',
    ),
    kind: 'consultation',
    number: 1,
    bill: 2,
  },
  // Spørgsmål GRU alm. del 60 (Udenrigsministeriet): the case, then the number
  { pattern: /[Ss]pørgsmål\s+\p{Lu}{2,4}\s+alm\.\s?del\s+(?:nr\.\s*)?(\d{1,4})(?!\d)/u, kind: 'general', number: 1 },
  // Besvarelse af B15, spørgsmål 1 (Erhvervsministeriet 2023): a bill or proposal's case before the word
  {
    pattern: new RegExp(
      String.raw`[Bb]esvarelse\s+af\s+(?:[A-ZÆØÅ]{2,4}\s+)?(${BILL_CODE_PART}),?\s+spørgsmål\s+(?:nr\.\s*)?(\d{1,4})(?!\d)`,
      'u',
    ),
    kind: 'case',
    number: 2,
    bill: 1,
  },
  // spørgsmål nr. 128 (alm. del) / (AMU alm. del) / (Alm. del) / spørgsmål, nr. 5 (Alm. del) (Kulturministeriet); the
  // case decides over a stray S before the number (`spørgsmål nr. S 125 (AMU alm. del)`, Beskæftigelsesministeriet 2007)
  { pattern: new RegExp(String.raw`spørgsmål(?:,?\s*nr\.?)?\s*(?:S\s?)?(\d+)${ALM_DEL_CASE}`, 'iu'), kind: 'general', number: 1 },
  // spørgsmål, nr. B4 spm. 10 (Alm. del) (Kulturministeriet): the case, then its question's number
  {
    pattern: new RegExp(
      String.raw`spørgsmål,?\s{0,3}(?:nr\.?\s{0,3})?(${CASE_CODE})\s{0,3}[-–]?\s{0,3}(?:spm\.|spørgsmål)\s{0,3}(?:nr\.?\s{0,3})?(\d{1,4})(?!\d)`,
      'u',
    ),
    kind: 'case',
    number: 2,
    bill: 1,
  },
  // spørgsmål nr. 11 (L 85) / (L 135 – bilag 4) / (Ad L 15) / (vedr. L 40) / (Aktstykke nr. 133 - § 7. …), the
  // committee's code before the case as before "alm. del": (KOU L 172) / (SUU ad L 12); the bill called so: (Lov nr. L
  // 134) (Kulturministeriet), (lovforslag L 12); the bill after the committee's general case: (Alm. del – L 130)
  {
    pattern: new RegExp(
      String.raw`spørgsmål(?:,?\s*nr\.?)?\s*(\d+)\s*\(\s*(?:[A-ZÆØÅ]{2,4}\s)?${ALM_DEL_BEFORE_CASE}(?:(?:[Aa]d|[Vv]edr\.|[Tt]il)\s)?(?:[Ll]ov(?:forslag)?\s(?:nr\.\s?)?)?(${CASE_CODE})\b`,
      'u',
    ),
    kind: 'case',
    number: 1,
    bill: 2,
  },
  // spørgsmål nr. 1 til L 188 / spørgsmål 46 vedrørende L 126 / spørgsmål 4 ad KOM (2013) 0173 / spørgsmål nr. 1 vedr.
  // aktstykke 172 / spørgsmål 70 ad (L 207) (the case in brackets) / spørgsmål 2 Ad (KOM(2004)0002) (capitalised where
  // a title broke its line before it)
  {
    pattern: new RegExp(String.raw`spørgsmål(?:\s*nr\.?)?\s*(\d+)\s+(?:til|vedrørende|vedr\.|[Aa]d)\s+\(?(${CASE_CODE})\b`, 'u'),
    kind: 'case',
    number: 1,
    bill: 2,
  },
  // spørgsmål nr. 4 KOM (2013) 0173 (Justitsministeriet), spørgsmål nr. 2 Aktstk. 17: the case right after the number
  {
    pattern: new RegExp(String.raw`spørgsmål(?:\s*nr\.?)?\s*(\d+)\s+(${CASE_DOCUMENT_CODE})`, 'u'),
    kind: 'case',
    number: 1,
    bill: 2,
  },
  // spørgsmål nr. 31 af 20. april 2005 fra Folketingets Arbejdsmarkedsudvalg (L 22) / … af 1. september 2010 (vedr.
  // KOM(2010) 0367) / spørgsmål nr. 2 - 17 af 26. maj 2005 stillet af … (L 171) (a range: its first number) / … fra
  // Folketingets arbejdsmarkedsudvalg (Alm. del – L 73)
  {
    pattern: new RegExp(
      String.raw`spørgsmål(?:\s*nr\.?)?\s*(\d+)(?:\s{0,5}[-–]\s{0,5}\d{1,4})?\s+af\s[^()]{0,200}\(${ALM_DEL_BEFORE_CASE}(?:[Vv]edr\.\s)?(${CASE_CODE})\s?\)`,
      'u',
    ),
    kind: 'case',
    number: 1,
    bill: 2,
  },
  // spørgsmål nr. 1 stillet af Folketingets … den 1. november 2006 ad L 16 (the bill at the sentence's end)
  {
    pattern: new RegExp(String.raw`spørgsmål(?:\s*nr\.?)?\s*(\d+),?\s(?:[^()]{0,200}?\s)?(?:ad|vedr\.)\s+(${CASE_CODE})(?![\p{L}\d])`, 'u'),
    kind: 'case',
    number: 1,
    bill: 2,
  },
  // følgende spørgsmål vedrørende L 136 - Forslag til …: the case named and no number (the question's heading has it)
  {
    pattern: new RegExp(String.raw`følgende\s+spørgsmål\s+(?:til|vedrørende|vedr\.|ad)\s+\(?(${CASE_CODE})(?![\p{L}\d])`, 'u'),
    kind: 'case',
    number: 2,
    bill: 1,
  },
  // spørgsmål nr. 424 (Alm. del) without the closing parenthesis on the same line, or any number
  { pattern: /spørgsmål(?:,?\s*nr\.?)?\s*(\d+)/iu, kind: 'general', number: 1 },
  // `stillet mig følgende spørgsmål (BOU alm. del), som …`: the case said, the number left to the heading (no group 1).
  { pattern: new RegExp(String.raw`spørgsmål${ALM_DEL_CASE}`, 'iu'), kind: 'general', number: 1 },
]

/**
 * `til social- og indenrigsministeren`, `til udlændinge-, integrations- og boligministeren` (words before the title
 * only as the first parts of a compound, ending in a hyphen, at most four: each `til` reads a bounded stretch; the
 * first capitalised too, `til` / `Erhvervs- og vækstministeren af 26. november 2014`), `til ministeren for fødevarer,
 * landbrug og fiskeri` (up to six words after "for", not the clause after it: `den 4. august`, `, som hermed
 * besvares`, `af 3. oktober 2008`, `stillet af …`, `om KOM (2022) 0677`),
 * `tilEuropaministeren`, `nr. 406til forsvarsministeriet`, `til justitsministerenden 18. august 2010`, `til
 * udenrigsministeren af3. april 2013` (glued in old renditions); the ministry where the letter
 * names it as asked (`stillet følgende spørgsmål nr. 406 til forsvarsministeriet`), kept as written; `til Ministeren
 * for udviklingssamarbejde` through `recipientIn`.
 */
const RECIPIENT =
  /(?<!\p{L})til\s*((?:(?:\p{Lu}\p{Ll}+|\p{Ll}+)-,?\s+(?:og\s+)?(?:\p{Ll}+-,?\s+(?:og\s+)?){0,3})?(?:\p{Lu}\p{Ll}*|\p{Ll}*)minister(?:en|iet)(?:\s+for\s+\p{Ll}[\p{L}-]*(?:,?\s+(?:og\s+)?(?!den\b|som\b|at\b|efter\b|vedr|af\b|om\b|stillet\b|til\b|i\b|med\b|på\b|fra\b)\p{Ll}[\p{L}-]*){0,6})?)(?:(?!\p{L})|(?=af\s?\d|den\s\d{1,2}\.))/gu

/**
 * The first line of a preamble: "… har i brev af …", "… har 12. maj 2023 stillet …" (a date: "fordi WHO har 12.500
 * mennesker …" in a question is none), "stillet følgende spørgsmål" (also "fremsendt", "oversendt",
 * "sendt mig følgende spørgsmål"), "Besvarelse af
 * samrådsspørgsmål …" (also "Besvarelse af FEU-spørgsmål nr. 25 …", a committee's letters before the word, and
 * "Besvarelse af forsvarsudvalgsspørgsmål nr. 242 …", its name run into it, and "Besvarelse af § 8 spørgsmål 6 til
 * aktstykke 122 …", a finance-act section's),
 * "Europaudvalgets spørgsmål 28 ad EUU alm. del af den 7. marts 2007" (a title naming whose question), "Svar på …"
 * (also after the case, "URU alm. del - svar på spørgsmål 88 fra …", "FOU B 104 – endeligt svar på spørgsmål 19 fra …";
 * not ft.dk's own "UFO Alm.del - endeligt svar på spørgsmål 93" over a note),
 * "Hermed sendes …" (also after the sentence before it on the same line, as glued renditions give it: "… lavere
 * skat).Hermed sendes svar …", "22. januar 2010Hermed fremsendes …", "1. november 2004 Hermed fremsendes …", or after the addressee where a rendition set the
 * cover page on one line: "Til Folketingets Skatteudvalg Hermed fremsendes …"), "Udvalget udbeder sig …", "Folketingsmedlem … har", "… har udvalget i skrivelse af",
 * "Spørgsmål fra Udenrigsudvalget til udenrigsministeren af 9. oktober 2015." (Udenrigsministeriet; also numbered and
 * glued, "Spørgsmål 9 fra Udenrigsudvalget tiludviklingsministeren af 25. april 2012vedrørende L153", glued after the
 * ministry's name and inside, "UdenrigsministerietSpørgsmål fraUdenrigsudvalget tiludenrigsministerenaf 28. august
 * 2009.", glued after the letter's date, "Den 5. december 2013Spørgsmål fra …", with the case before the number,
 * "Spørgsmål GRU alm. del 60" / "fra Grønlandsudvalget til", and with the asker between the committee and the minister,
 * "Spørgsmål fra Udenrigsudvalget efter ønske fra Frank Aaen (EL) til udenrigsministeren af 8. januar 2009").
 * `har den` opens one only before a date (`har den 26. maj 2016`, or `den` ending the line, the date on the next), not
 * `har den forelæggende ret stillet 3 præjudicielle spørgsmål` in a note's running text.
 * (Unlike BODY_START, not a heading, "TALE" or a speech's opening "Tak for …"; nor an earlier answer the letter cites:
 * "Som det fremgår af min besvarelse af spørgsmål nr. 243 …", "jf. min besvarelse af …"; nor answering in general,
 * "besvarelse af spørgsmål om sager, som …", questions on a matter — read across a line end: at the line's end the
 * phrase is settled by the next line, `startsOnLine`.)
 */
const PREAMBLE_START =
  /(?:(?<!\w)har\s+(?:udvalget\s+)?(?:i\s+(?:brev|skrivelse|(?:e-?)?mail)\s+af|den(?=\s+\d|\s*$)|d\.|ifm\.|\d{1,2}\.\s?\p{L})|(?:stillet|fremsendt|oversendt|sendt)\s+(?:mig\s+)?følgende|(?<!(?:fremgår\s{1,3}af|jf\.|henviser\s{1,3}(?:jeg\s{1,3})?til|som\s{1,3}i)\s{1,3}(?:min|mit|mine|den|det)\s{1,3})besvarelsen?\s+af\s+(?:følgende\s+)?(?:§\s*20-|§\s*\d{1,2}\s+|[A-ZÆØÅ]{2,4}-|\p{L}{0,30}udvalgs)?(?:samråds)?spørgsmål(?!et|ene|\s+om\s|\s*$)|^[\p{L}-]{0,40}udvalgets\s+spørgsmål\s+(?:nr\.?\s*)?\d|^(?:\p{Lu}{2,4}\s+alm\.\s?del\s{0,3}[-–]\s{0,3}|\p{Lu}{2,4}\s+[LB]\s?\d{1,3}\s{0,3}[-–]\s{0,3}(?:(?:endeligt|foreløbigt)\s+)?)?Svar\s+på(?=\s)|^Udvalget\s+udbeder|^I\s+et\s+kommende\s+samråd|(?:^|[.:]\s{0,3}|\d{4}\s{0,3}|(?<=(?:udvalg(?:et)?|Lovsekretariat(?:et)?|Christiansborg|København\s{1,3}K)\s{1,4}))Hermed\s+(?:sendes|fremsendes|oversendes)\s|(?<=\d)Under\s+henvisning\s+til\s|^Folketingsmedlem\s|(?:^|(?<=^\p{Lu}\p{Ll}{2,40}ministeriet|(?:19|20)\d{2}))Spørgsmål\s+(?:(?:\p{Lu}{2,4}\s+alm\.\s?del\s+)?(?:nr\.\s*)?\d{1,4}\s+)?fra\s*(?:Folketingets\s+)?(?:(?:\p{L}+-,?\s+){1,3}og\s+)?(?:[\p{L}-]{0,40}udvalg(?:et)?|Udvalget\s+(?:for|til|vedrørende)(?:\s+[\p{L}-]+,?){1,6}?)(?:\s+efter\s+ønske\s+fra\s+[^()\s][^()]{2,59}?\s\(\p{Lu}{1,4}\))?\s+til\s?)/iu

/**
 * A title with the case code before the word (`Miljøministerens besvarelse af MOF alm. del spørgsmål nr. 739 stillet
 * den … af …`, 2024), not an earlier answer the letter cites (`min besvarelse af …`): the minister's genitive before it.
 */
const CODED_TITLE_START = /(?<=\p{Ll}s\s)besvarelse\s+af\s+[A-ZÆØÅ]{2,4}\s+alm\.\s?del\s+spørgsmål\s+(?:nr\.\s*)?\d/iu

/**
 * A title that opens its line with the question's case before the word (`Besvarelse af alm. del spørgsmål 30 stillet
 * af udvalget den …`, `Besvarelse af B15, spørgsmål 1 stillet af …`, Erhvervsministeriet 2023): capitalised at the
 * line's start, so that running text wrapped before it (`… min` / `besvarelse af alm. del spørgsmål 12`) is not read.
 */
const CASE_FIRST_TITLE_START = new RegExp(
  String.raw`^Besvarelse\s+af\s+(?:[A-ZÆØÅ]{2,4}\s+)?(?:[Aa]lm\.\s?del|${BILL_CODE_PART}),?\s+spørgsmål\s+(?:nr\.\s*)?\d`,
  'u',
) // case-sensitive, so not in `PREAMBLE_OR_OPENING` (`opensPreamble` reads it)

/**
 * The sentence that sends the answers run on after a bill's title that ends in its bracketed short name, on a cover
 * page a rendition set on one line (`Til Folketingets Skatteudvalg L 81 - Forslag til Lov om … (Afgiftslempelser …
 * m.v.) Hermed sendes i 5 eksemplarer svar på …`, Skatteministeriet 2005).
 */
const HERMED_AFTER_TITLE = /(?<=\)\s{1,4})Hermed\s+(?:sendes|fremsendes|oversendes)\s/iu

const PREAMBLE_OR_OPENING = anyOf(PREAMBLE_START, LETTER_OPENING, CODED_TITLE_START, HERMED_AFTER_TITLE)

/**
 * A title that names the committee's question by its number and date, as Udenrigsministeriet heads its answers on a
 * case: `KOM (2010) 0189 – spørgsmål 3 af 13. oktober 2010 fra Folketingets Europaudvalg til udenrigsministeren.`,
 * `Spørgsmål nr. 12 af 3. maj 2011 fra Folketingets Europaudvalg …` (broken over short lines: matched up to the
 * month); the committee's in the genitive before it, `Folketingets Udvalg for Fødevarer, Landbrug og Fiskeris spørgsmål
 * nr. 270 af 22. marts 2006 til skriftlig besvarelse.` (Udenrigsministeriet 2006), also opened by `Besvarelse af`, the
 * a joint committee's too (`Børne- og Undervisningsudvalgets spørgsmål 922 af 12. juni 2013 …`), the
 * genitive glued to the word, the title to the ministry's capitals and the month broken by a glued line end's hyphen
 * (`UDENRIGSMINISTERIETBesvarelse af Forsvarsudvalgetsspørgsmål nr. 88 af 11. novem-ber 2010 til …`, 2010). Case-sensitive: a wrapped sentence of the text (`… jf. mit svar på` / `spørgsmål 3 af 13. oktober`) opens
 * with a lowercase "spørgsmål" and no case before it.
 */
const QUESTION_TITLE =
  /^(?:(?:KOM|COM|SEK|SEC)\s?\(\d{4}\)\s?\d{1,4}\s?[-–]\s+[Ss]|S|(?:(?:\p{Lu}{4,})?Besvarelse\s+af\s+)?(?:Folketingets\s+)?(?:(?:(?:\p{Lu}\p{L}*-,?\s){1,3}og\s)?\p{Lu}[\p{L}-]*udvalg(?:ets|s)|Udvalg(?:et)?\s+(?:for|til|vedrørende)(?:,?\s+[\p{L}-]+){1,7}?s)\s?s)pørgsmål\s+(?:nr\.\s*)?\d{1,4}\s+af\s+(?:den\s+)?\d{1,2}\.\s?\p{Ll}{2,9}(?:-\p{Ll}{1,7})?(?!\p{L})/u

/** Whether the preamble starts on `line` (a phrase may run on into `next`). */
function opensPreamble(line: string, next: string | undefined): boolean {
  return (
    startsOnSplitLine(PREAMBLE_OR_OPENING, line, next) ||
    opensAnswerTitle(line, next) ||
    startsOnLine(QUESTION_TITLE, line, next) ||
    CASE_FIRST_TITLE_START.test(line)
  )
}

/** A line that opens with `svar på` in lowercase (`PREAMBLE_START` reads `Svar på` in any case). */
const LOWERCASE_ANSWER_TITLE = /^svar\s+på\s/u

/**
 * The line of a case alone, or the dash after it, that a title goes on from in lowercase: `EUU alm. del` / `–` /
 * `svar på spørgsmål 109 fra …`, `MOF L 52` / `svar på …`, `EUU L 193 og L 194` (Udenrigsministeriet and others set
 * their title so, broken after the case).
 */
const CASE_BEFORE_TITLE = /^(?:\p{Lu}{2,5}\s+(?:alm\.\s?del|L\s?\d{1,3}(?:\s+og\s+L\s?\d{1,3})?)|[-–])$/u

/**
 * Whether `line` is running text that only looks like an opening: `svar på` in lowercase at the start of a line goes
 * on from the line before (`… (Europaudvalget, alm. del` / `svar på spm. 248). Herunder …`, a question citing an earlier
 * answer) unless that line is the case of a title broken after it (`CASE_BEFORE_TITLE`). A question set before any
 * opening (a speech paper's lettered questions) would otherwise be read as the letter's preamble.
 */
function citesAnswerInRunningText(line: string, before: string | undefined): boolean {
  return before !== undefined && LOWERCASE_ANSWER_TITLE.test(line) && !CASE_BEFORE_TITLE.test(before.trim())
}

/**
 * The lines a preamble may stand on: the text's, and a line of prose the layout set in the letterhead's side column
 * (older renditions and narrow letterheads put the opening sentence beside the address block: "Folketingets Udvalg
 * for Fødevarer, Landbrug og Fiskeri har i skrivelse af 12. juni 2005 …", tagged as the side column's).
 */
export const preambleBody = readOnce(function preambleBody(lines: readonly Line[]): readonly Line[] {
  const body: Line[] = []
  let previousTaken = false
  for (const [at, line] of lines.entries()) {
    const taken = isPreambleLine(line, lines[at - 1], lines[at + 1], previousTaken)
    if (taken) body.push(line)
    previousTaken = taken
  }
  return body
})

/** A line that ends its sentence: a stop, colon, question or exclamation mark at its end (spaces trimmed). */
const STOPS = /[.:?!]$/u

/**
 * Whether `before` ends its sentence, not only a date's day that a narrow column broke from its month and year on
 * `line` (`… stillet den 19.` / `april 2024 af Hans`, `dateOverLineEnd`), an abbreviation (`… spørgsmål nr.` /
 * `287(alm. del) til …`) or a name's initial (`stopsOnAbbreviation`).
 */
function closesSentence(before: string, line: string): boolean {
  const text = before.trimEnd()
  return STOPS.test(text) && !stopsOnAbbreviation(text) && dateOverLineEnd(before, line) === undefined
}

/** The rest of a name and its party, as a narrow column broke an asker's name (`… af Hans` / `Kristian Skibby (DD).`). */
const NAME_AND_PARTY_REST = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s*\([\p{L}-]{1,5}\)[.,]?$/u

/**
 * The text's lines, a side-column line of prose, a side-column line that goes on with such a line's sentence
 * (`… efter ønske fra Jens Henrik` / `Thulesen Dahl (DF).`, not prose by itself; also after a date's day the line end
 * broke from its month, `… stillet den 19.` / `april 2024 af Hans`) — and, in lower case or as the rest of a name and
 * its party, with the line that went on with it (`… fra Sascha` / `Faxe (ALT) stillet` / `den 27. august 2025 til
 * udenrigsministeren`, `april 2024 af Hans` / `Kristian Skibby (DD).`, a narrow column) — a title naming the question (`QUESTION_TITLE`), and a title's first part before a dash
 * (`TITLE_DASH_END`). `beforeTaken`: whether the line before was taken.
 */
function isPreambleLine(line: Line, before: Line | undefined, after: Line | undefined, beforeTaken: boolean): boolean {
  if (!line.role) return true
  if (line.role !== 'sidebar') return false
  const goesOn =
    before?.role === 'sidebar' &&
    !closesSentence(before.text, line.text) &&
    (isTitleOrProse(before.text) ||
      (beforeTaken &&
        (LOWERCASE_START.test(line.text) ||
          NAME_AND_PARTY_REST.test(line.text.trim()) ||
          // The asker's party, or the rest of the name and the party, opening the line (`… fra Rasmus` / `Nordqvist` /
          // `(SF) stillet den 15. januar 2021 til`).
          opensWithNamesParty(line.text) ||
          // The rest of a date the line before began (`… stillet den 24. januar` / `2024 til udenrigsministeren.`).
          dateOverLineEnd(before.text, line.text) !== undefined)))
  // A line whose sentence goes on into a line of prose below it, in lower case (a narrow column that wrapped the
  // preamble's opening: `Folketingets Social-, Indenrigs- og Børneudvalg` / `har d. 29. august 2017 stillet følgende` /
  // `spørgsmål nr. 504 (alm. del) til …`): the sentence's start — also where the column broke inside the opening's
  // phrase (`… Landbrug og Fiskeri har i` / `skrivelse af 11. januar 2006 udbedt sig …`), which opens on the line.
  const goesInto =
    after?.role === 'sidebar' &&
    startsOnLine(PREAMBLE_OR_OPENING, line.text, after.text) &&
    !STOPS.test(line.text.trimEnd()) &&
    LOWERCASE_START.test(after.text) &&
    isTitleOrProse(after.text)
  return isTitleOrProse(line.text) || goesOn || goesInto || (after !== undefined && !after.role && TITLE_DASH_END.test(line.text))
}

/** A line that opens in lower case: a sentence going on from the line before. */
const LOWERCASE_START = /^\p{Ll}/u

/** Prose, or a title naming the question by its number and date (`QUESTION_TITLE`), which a layout set in the side column. */
function isTitleOrProse(text: string): boolean {
  return PROSE.test(text) || QUESTION_TITLE.test(text)
}

/**
 * A side-column line that ends with a spaced dash before a line of the text: a title's first part (`KOM (2010) 0189 –`
 * / `spørgsmål 3 af 13. oktober …`), which the layout set beside the letterhead.
 */
const TITLE_DASH_END = /\s[-–]\s{0,3}$/u

/**
 * A labelled askers field whose value ends on its line with a party's bracket (`Stillet af: Thomas Danielsen (V)`, a §
 * 20 question letter): read alone — the question after it may run on with nothing the list would end at.
 */
const ASKER_FIELD_WHOLE = /^(?:[Ss]tillet\s+af|[Ss]pørger(?:e|en|ne)?):\s?\S.*\)\.?$/u

/** The askers as a label, which a layout may set in the letterhead's column: `Spørger: …`, `Spørgere: …`. */
const ASKER_LABEL = /^[Ss]pørger(?:e|en|ne)?:\s/u

/**
 * Where the answer begins among `body`'s lines: its heading after the question's ("Spørgsmål 346" … "Svar"), else
 * past the end. (A title "Svar på spørgsmål 12:" above the preamble does not count.)
 */
function answerStart(body: readonly Line[]): number {
  const questionAt = body.findIndex((line) => QUESTION_HEADING.test(line.text))
  const answerAt = questionAt === -1 ? -1 : body.findIndex((line, at) => at > questionAt && ANSWER_HEADING.test(line.text))
  return answerAt === -1 ? body.length : answerAt
}

/**
 * Where the preamble's sentence begins (`wrappedSentenceStart`): on the line its phrase was found on, or on a line
 * before where the sentence wrapped before the phrase, whose date would otherwise stand before the preamble. The walk
 * back stops at a gap in the lines (a line not in the body) and at a question's heading.
 */
function sentenceStart(body: readonly Line[], found: number): number {
  return wrappedSentenceStart(body, found, (line, after) => line.index !== after.index - 1 || QUESTION_HEADING.test(line.text))
}

/**
 * A line of prose that ends a sentence after a word or a bracket: `… se heraf i Udvalget for Forretningsordenen.`,
 * `… samrådsspørgsmål A (UFO alm. del).` (not a date's stop, `… den 31. oktober 2019.`, nor a question's mark).
 */
const SENTENCE_LINE_END = /[\p{L})][.!]$/u

/**
 * How many lines of the letter's own running text (prose that ends a sentence) before its phrase put a preamble inside
 * the text: a preamble opens the letter, and a phrase after two sentences of running text tells of an earlier letter
 * (the Prime Minister's third paragraph: `Ved brev af 1. november 2019 til Udvalget for Forretningsordenen anmodede jeg
 * om, at samrådsspørgsmål A (UFO alm. del) af 31. oktober 2019 blev stillet til skatteministeren`).
 */
const RUNNING_SENTENCES_BEFORE = 2

/** Whether the letter's running text began among `body`'s lines before line `start` (`RUNNING_SENTENCES_BEFORE`). */
function runningTextBefore(body: readonly Line[], start: number): boolean {
  let sentences = 0
  for (const line of body.slice(0, start)) {
    if (SENTENCE_LINE_END.test(line.text) && PROSE.test(line.text)) sentences++
    if (sentences >= RUNNING_SENTENCES_BEFORE) return true
  }
  return false
}

/**
 * A sentence's end inside a text: a word of four letters or more (no abbreviation: `jf.`, `nr.`, `Alm.`, `mio.`), a
 * full stop, and the next sentence's capital (`… den fælles landbrugspolitik. Forordningen afløser …`).
 */
const INNER_SENTENCE_END = /\p{Ll}{4}[.!?](?=\s+\p{Lu})/u

/** What a preamble's sentence does: asks a question, puts it, sends it, answers it (`stillet`, `spørgsmål`, `svar`, …). */
const ASKS_OR_ANSWERS = /spørgsmål|spm\.|stille[dt]|samråd|besvar|svar|udbeder|spørge|anmod|bedt|beder/iu

export function findPreamble(context: Context): Preamble | undefined {
  const body = preambleBody(context.lines)
  // The preamble comes before the question and its answer: an opening after "Spørgsmål 346" … "Svar" is the
  // answer's own sentence ("Jeg har bedt …").
  const answerAt = answerStart(body)
  const found = body.findIndex(
    (line, at) =>
      at < answerAt &&
      !QUESTION_HEADING.test(line.text) &&
      // A list's or the notes' line (`2. Justitsministerens besvarelse af spørgsmål nr. 1473 (Alm. del) 2023-24 fra
      // Folketingets Retsudvalg.`, a note at a page's foot citing an answer) is no letter's opening sentence.
      !opensListItem(line.text, body[at - 1]?.text) &&
      opensPreamble(line.text, body[at + 1]?.text) &&
      !citesAnswerInRunningText(line.text, body[at - 1]?.text),
  )
  if (found === -1) return undefined
  const start = sentenceStart(body, found)
  const within = runningTextBefore(body, start)
  const lines: Line[] = []
  // A heading's word in lower case that finishes the sentence the preamble's last line left open (`… af Esben Lunde
  // Larsen (V) stillede` / `spørgsmål:`, a narrow column): read with the sentence, though the preamble's lines end
  // before it (the question's finder reads the question from its heading on).
  let finished: Line | undefined
  for (const line of linesHolding(body, start, MAX_PREAMBLE_LINES)) {
    if (lines.length > 0 && isQuestionHeading(line.text) && finishesOpenSentence(lines.at(-1)?.text ?? '', line.text)) {
      finished = line
      break
    }
    if (
      lines.length > 0 &&
      // After a dash alone (`DASH_ALONE`) the title a rendition broke there goes on (`Svar på alm. del` / `–` /
      // `spørgsmål 5:`), though the line reads as a question's heading.
      ((isQuestionHeading(line.text) && !DASH_ALONE.test(lines.at(-1)?.text.trim() ?? '')) ||
        ANSWER_HEADING.test(line.text) ||
        /^[”"»„]/u.test(line.text) ||
        isNumberedQuestion(line, context.lines))
    )
      break
    lines.push(line)
    // The preamble ends with its sentence: a line that ends one and a next line that does not go on with it (a
    // signature, the question's heading, another paragraph). A title without a stop goes on into the sentence
    // ("Besvarelse af spørgsmål nr. 671 … fra Folketingets Retsudvalg" / "Hermed sendes besvarelse …").
    const next = body[start + lines.length]
    const goesOn = next !== undefined && (goesOnWithPreamble(next.text) || opensPreamble(next.text, undefined))
    if (endsSentence(line.text) && !goesOn) break
  }
  // The lead is measured in the first line as joining writes it (runs of spaces single: `J.nr.  2004-411-0039`), the
  // joined text's own start.
  const joined = joinLines([...lines, ...(finished ? [finished] : [])].map((line) => line.text)).slice(
    gluedLead(joinLines([lines[0]?.text ?? ''])),
  )
  // A whole sentence that dates what someone did and asks, sends or answers nothing is no preamble (`Kommissionen har
  // den 30. november 2016 fremsat forslag til …`: `har den` opens a preamble's sentence as much as a report's) — nor
  // are lines that hold a whole sentence and the start of the next, none of it asking or answering (`… den fælles
  // landbrugspolitik. Forordningen afløser …`). One the lines cut short (`… brev af 6.` / `oktober 2004 følger hermed
  // … socialministerens`) says no more than it read.
  const whole = SENTENCE_END.test(lines.at(-1)?.text ?? '') || INNER_SENTENCE_END.test(joined)
  if (whole && !ASKS_OR_ANSWERS.test(joined)) return undefined
  // A question's number a stray space split before its case in brackets (`spørgsmål nr. 27 8 (MOF alm. del)`, a
  // justified rendition's): one number.
  const text = joined.includes('nr.') ? joined.replace(SPLIT_NUMBER, '$1$2') : joined
  const preamble: Preamble = { text, lines, ...(within ? { within } : {}) }
  const subject = SUBJECT_COMMITTEE.exec(text) ?? OTHER_COMMITTEE.map((pattern) => pattern.exec(text)).find(Boolean)
  const committeeName = subject?.[1] ?? udvalgNamedAt(text)
  if (committeeName) preamble.committeeName = committeeName
  for (const anchor of ASKED_ON_ANCHORS) {
    const match = anchor.exec(text)
    if (!match) continue
    const at = match.index + match[0].length
    const after = text.slice(at, at + 25)
    const found = findDate(after)
    const date = found?.index === 0 ? found : (respacedDate(context, text.slice(at, at + RESPACED_CHARS), lines[0]) ?? found)
    // The minister's own letter to the committee (`Ved brev af 1. november 2019 til Udvalget for Forretningsordenen
    // anmodede jeg om, at samrådsspørgsmål A … af 31. oktober 2019 …`): its date is not the question's.
    if (date?.index === 0 && TO_COMMITTEE.test(text.slice(at + date.length, at + date.length + 40))) continue
    if (date && date.index === 0) {
      preamble.askedOn = date.iso
      break
    }
    // `har den 5. november stillet`, `spørgsmål nr. 91 af 28. april fra …`: a day and month, no year.
    const dayMonth = findDayMonth(after)
    if (dayMonth?.index === 0 && !preamble.askedOnDayMonth) preamble.askedOnDayMonth = dayMonth
  }
  if (preamble.askedOn) preamble.askedOn = ownDateOverOpening(context, text, preamble.askedOn, lines[0])
  if (!preamble.askedOn && !preamble.askedOnDayMonth) preamble.firstDate = firstQuestionDate(text)
  for (const { pattern, kind, bill, number } of KIND_PATTERNS) {
    const match = pattern.exec(text)
    // A question the sentence cites after `jf.` (`… haft miljøministeren i samråd, jf. MPU alm. del –
    // samrådsspørgsmål R.`, a committee's statement) is not the one the letter answers.
    if (!match || citedAt(text, match.index)) continue
    const onCase = bill !== undefined && match[bill] ? readCase(match[bill]) : undefined
    preamble.kind = kind === 'case' ? onCase?.kind : kind
    preamble.number = match[number]
    if (onCase) preamble.bill = onCase.code
    break
  }
  const byTitle = preamble.bill === undefined && preamble.kind !== 'section20' ? BILL_BY_TITLE.exec(text) : null
  const titled = byTitle?.[1] && !ALM_DEL_SAID.test(text) ? readCase(byTitle[1]) : undefined
  if (titled) {
    preamble.kind = titled.kind
    preamble.bill = titled.code
  }
  const recipient = recipientIn(text)
  if (recipient) preamble.recipient = recipient
  return preamble
}

/** How far after an anchor a date broken by stray spaces may reach (`1 4.dece  mber 2004` is 19 characters). */
const RESPACED_CHARS = 32

/** Stray spaces a justified PDF's text set inside a date: inside its day (`1 4.`) or a run inside a word (`dece  mber`). */
const STRAY_SPACES = /\d \d|\p{L} {2,}\p{L}/u

/** The asker's sentence dating the question: `Spørgsmålet er stillet den 13. februar 2025 efter ønske fra …`. */
const OWN_DATE = hot(/(?<!\p{L})Spørgsmål(?:et|ene)\s+er\s+stillet\s+(?:den\s+|d\.\s*)?(?=\d)/u)

/**
 * The question's date where the opening names it twice and the two disagree (`… har stillet til ministeren … den 5.
 * november 2024.` / `Spørgsmålet er stillet den 13. februar 2025 efter ønske fra …`, a letter template's stale date
 * beside the question's own): the asker's sentence's, the one that speaks of the question alone — warned
 * `question-date-conflict`, since the letter contradicts itself.
 */
function ownDateOverOpening(context: Context, text: string, first: string, line: Line | undefined): string {
  const match = OWN_DATE.exec(text)
  if (!match) return first
  const own = findDate(text.slice(match.index + match[0].length, match.index + match[0].length + 25))
  if (own?.index !== 0 || own.iso === first) return first
  context.messages.warn(
    'question-date-conflict',
    `The opening dates the question twice, ${first} and ${own.iso} ("${match[0].trim()} …"): took the latter, the asker's sentence's`,
    line,
    'question.askedOn',
  )
  return own.iso
}

/**
 * The date right after an anchor where stray spaces broke it (`i brev af 1 4.dece  mber 2004(alm. del)`, a
 * justified PDF's text): read with the spaces taken out, only where the text shows such spaces and the date then
 * opens it; warned `question-date-respaced`.
 */
function respacedDate(context: Context, after: string, line: Line | undefined): FoundDate | undefined {
  if (!STRAY_SPACES.test(after)) return undefined
  const date = findDate(after.replace(/\s+/gu, ''))
  if (date?.index !== 0) return undefined
  context.messages.warn(
    'question-date-respaced',
    `The question's date was read from "${after.trim()}" with the stray spaces inside it taken out: ${date.iso}`,
    line,
    'question.askedOn',
  )
  return date
}

/** `til Ministeren for …`: the title capitalised, which `RECIPIENT`'s compound (`…ministeren`) does not take. */
const CAPITAL_MINISTER = /(?<=\btil\s{0,3})Ministeren\b/gu

/** A title that names no minister: `stillet af Folketingets Europaudvalg til ministeren den 17. december 2001`. */
const UNNAMED_MINISTER = /^minister(?:en|iet)$/u

/**
 * The minister a sentence names as asked (`RECIPIENT`), its spaces and line breaks made single spaces; a title
 * written capitalised (`til Ministeren for udviklingssamarbejde`) is read as the lowercase one and kept as written.
 * `til ministeren` alone names none (`UNNAMED_MINISTER`): a title after it in the sentence may.
 */
function recipientIn(text: string): string | undefined {
  const read = (written: string) => {
    const lower = written.includes('Ministeren') ? written.replace(CAPITAL_MINISTER, 'ministeren') : written
    let match: RegExpExecArray | undefined
    for (const candidate of matchesOf(RECIPIENT, lower)) {
      if (candidate[1] !== undefined && UNNAMED_MINISTER.test(candidate[1])) continue
      match = candidate
      break
    }
    const value = match?.[1]
    if (!match || !value) return undefined
    const at = match.index + match[0].indexOf(value)
    // The date's `den` glued onto the title's last word (`… sundhed og forebyggelseden 14. oktober 2008`) is the date's.
    const glued = GLUED_DEN.test(value) && DATE_AFTER.test(lower.slice(match.index + match[0].length)) ? 'den'.length : 0
    return written.slice(at, at + value.length - glued).replace(/\s+/gu, ' ')
  }
  // A title hyphenated at a line end the rendition joined (`til udviklingsmini-steren`): read without the hyphen.
  return read(text) ?? (text.includes('-') ? read(text.replace(INNER_HYPHEN, '')) : undefined)
}

/** A title's last word with `den` glued on (`forebyggelseden`), and the day and month of the date it opened after it. */
const GLUED_DEN = /\p{Ll}{3}den$/u
const DATE_AFTER = /^\s\d{1,2}\.\s?\p{Ll}/u

/** A hyphen inside a word, between lowercase letters. */
const INNER_HYPHEN = /(?<=\p{Ll})-(?=\p{Ll})/gu

/** A sentence of the letter's head that says to whom a question was put: `… stillet … til …`. */
const PUT_TO = /\bstillet\b/u

/**
 * `lines` up to the first that ends its sentence (`endsSentence`): a sentence that says `stillet` and ends before
 * naming the minister asked (`… spørgsmål nr.` / `29 stillet af Udvalget for …` / `den 19. december 2008.`, a cover
 * sentence a narrow column wrapped) does not lend the next sentence's `til …` to it.
 */
function upToSentenceEnd<T extends { text: string }>(lines: readonly T[]): readonly T[] {
  const end = lines.findIndex((line) => endsSentence(line.text))
  return end === -1 ? lines : lines.slice(0, end + 1)
}

/** A question's heading that says from whom: `Spørgsmål nr. 270 fra Udvalget for … til udenrigsministeren.` */
const HEADING_FROM = /^Spørgsmål\s+(?:nr\.\s*)?\d{1,4}\s+fra\s/u

/**
 * The minister asked, where a sentence of the letter's head other than the preamble names them: a title over the
 * questions, "Spørgsmål nr. 3, 4, 5, 6 og 7 stillet af Udvalget for Videnskab og Teknologi / den 6. oktober 2010 til
 * Ministeren for videnskab, teknologi og udvikling / (Alm. del)." — each line that says "stillet", with the two lines
 * after it, before the question's first line.
 */
export function findHeadRecipient(lines: readonly Line[], before: number): { value: string; line: Line } | undefined {
  for (const line of lines.slice(0, before + 1)) {
    if (line.role) continue
    // The question's own heading too, where it names who asked and whom (`Spørgsmål nr. 270 fra Udvalget for
    // Fødevarer, Landbrug og Fiskeri til udenrigsministeren.`).
    const heading = HEADING_FROM.test(line.text)
    if (!heading && (line.index >= before || !PUT_TO.test(line.text))) continue
    const span = upToSentenceEnd(linesHolding(lines, line.index, ASKER_SPAN_LINES, before).filter((each) => !each.role))
    const value = recipientIn(joinLines(span.map((each) => each.text)))
    if (value) return { value, line }
  }
  return undefined
}

/**
 * A sentence glued on after the letter's date or title in an old rendition: `22. januar 2010Hermed fremsendes …`,
 * `… (Forårspakke 2.0).Hermed sendes svar …`, `J.nr. 2012-72Under henvisning til …`, after the addressee on a cover page
 * set on one line (`Til Folketingets Skatteudvalg Hermed fremsendes …`) or after a bill's title there (`… m.v.) Hermed
 * sendes …`, `HERMED_AFTER_TITLE`). Where the sentence starts.
 */
const GLUED_HERMED =
  /(?<=[.:]\s{0,3}|\d{4}|\)\s{1,4}|(?:udvalg(?:et)?|Christiansborg|København\s+K)\s{1,4})Hermed\s+(?:sendes|fremsendes|oversendes)\s|(?<=\d)Under\s+henvisning\s+til\s/u

/**
 * How much of the preamble's first line comes before its sentence (the date or title it is glued to): 0 if none, or
 * if what comes before is itself the preamble's start (`Udvalget har den 5. maj stillet … . Hermed sendes svaret`).
 */
function gluedLead(first: string): number {
  const at = GLUED_HERMED.exec(first)?.index ?? 0
  return at > 0 && !PREAMBLE_OR_OPENING.test(first.slice(0, at)) ? at : 0
}

/** What dates an earlier answer, not the question: `besvarelsen af 9. april 2024`, `svar af`, `besvarede … den`. */
const ANSWER_DATED = /(?:besvarelse(?:n|rne)?|svar(?:et)?|besvarede\s+\S+(?:\s+\S+)?)\s+(?:af|den|fra)\s+(?:den\s+)?$/iu

/** Most dates of the preamble read for the question's. */
const QUESTION_DATE_TRIES = 4

/** The first full date in the preamble that does not date an earlier answer. */
function firstQuestionDate(text: string): string | undefined {
  let tries = 0
  for (const date of findDates(text)) {
    if (!ANSWER_DATED.test(text.slice(Math.max(0, date.index - 40), date.index))) return date.iso
    if (++tries === QUESTION_DATE_TRIES) return undefined
  }
  return undefined
}

/**
 * A member's title before the name: `medlem af Folketinget`, `medlem af udvalget` (a member of the committee, not a
 * non-member); `medlem afFolketinget` glued in an old rendition, `medlem af Folke-tinget` with a line end's hyphen left
 * in. Read where the asker list starts (`ASKED_BY`) and taken off the name (`MEMBER_TITLE`).
 */
const MEMBER_OF = String.raw`medlem\s+af\s*(?:Folke-?tinget|udvalget)`

/**
 * A non-member's mark before the next asker's name, after a comma: `… Christian Juhl (EL), ikkemedlem af udvalget (MFU)
 * Peder Hvelplund (EL) og …` — the list goes on (a mark after the last name, closing the sentence, ends it:
 * `NON_MEMBER_CLOSING`).
 */
const NON_MEMBER_BEFORE_NAME = String.raw`ikke-?\s?medlem\s+af\s+udvalget\s+(?:\(MFU\)\s+)?\p{Lu}`

/**
 * `efter ønske fra Finn Sørensen (EL)`, `efter ønske fra ikkemedlem af udvalget (MFU) Karina … (SF)`,
 * `stillet af ikke-medlem Ole Birk Olesen (LA)`, `Folketingsmedlem Jan Petersen (S) har … stillet` (§ 20), `Jan E.
 * Jørgensen (V)` (an initial's stop ends nothing, nor a first name written short: `Johs. Poulsen`, `Chr. Juhl`),
 * `efter ønskefra …` (glued), `efter ønske af …`, `efter ønske fra, A (V), B (DF)`, `svar på spørgsmål 111 fra Peder
 * Hvelplund stillet den …`, `svar på spørgsmål fra MFU Torsten Gejl (ALT) stillet den …` (a non-member's mark before the
 * name), the committee in the same slot (`svar på spørgsmål 67 fra Grønlandsudvalget stillet den 20. maj 2020 til …`:
 * the committee asked, no member named; also written in lower case: `efter ønske fra transportudvalget`), and a
 * member as the sentence's subject: `Johanne Schmidt-Nielsen (EL) har den 29.
 * september 2015 stillet følgende spørgsmål`, also marked a non-member (`Ikkemedlem af udvalget (MFU) Søren Espersen
 * (DD) har ved brev af 21. april 2023 … bedt om min besvarelse`); § 20 answers' `Spørgsmål nr. S 800 fra Mogens Jensen (S)`, `Besvarelse
 * af spørgsmål nr. S 2949 fra medlem af Folketinget Morten Messerschmidt (DF)` (Justitsministeriet, 2007), `Svar til
 * folketingsmedlem Mogens Jensen (S) fra kulturministeren`, `… fra folketingsmedlem …`, `Medlem af Folketinget … (S) har
 * stillet`. The list ends at a full stop, at the clause after it (`til
 * …ministeren`, `har stillet`, `stillet mig`, `, som …`, a date) or at a lowercase word after a party (`(V) stillet`)
 * or a number (`(DF) 1060 København K`, a letterhead's address glued on by an old rendition),
 * also after a comma (`…spørgsmål 26 ad L16, stillet af Lene Hansen (S), følger hermed …`), a member as the subject of
 * a relative clause (`… spørgsmål nr. S 43, som medlem af Folketinget Peter Skaarup (DF) har stillet …`; the party may be
 * left out: `… S 491, som medlem af Folketinget Per Clausen har stillet …`), also with the date first
 * (`… (MOF alm. del) stillet den 31. maj 2017 af Maria Reumert Gjerding (EL).`; or with no `den`: `… stillet 9. maj
 * 2022 af transportudvalget.`), and the minister asked between
 * them (`… spørgsmål 8 stillet den 16. oktober 2018 til udenrigsministeren af Søren Espersen (DF).`); a bill or a case
 * document between the number and `fra` (`spørgsmål nr. 2 ad KOM (2017) 0461 fra Søren Egge Rasmussen (EL)`, `nr. 4 til
 * L 82 fra …`). A question letter's
 * label reads the same: `Stillet af: Kirsten Normann Andersen (SF)`, and a § 20 answer of the 2000s `svar på spørgsmål S
 * 1637 indleveret af Pernille Rosenkrantz-Theil (EL)`. A § 20 answer's title says `stillet fra Christian
 * Juhl (EL)` (a name and party after it, glued in old renditions: `stillet fraChristian Juhl (EL)§20-spørgsmål …`, the
 * list ending where the heading was run onto its party), and at any word run onto a party (`efter ønske fra Flemming
 * Møller (V)stillet mig følgende spørgsmål`) but a glued `og` or `samt` before the next asker (`(EL)samtKarin Dal`).
 */
const ASKED_BY = new RegExp(
  String.raw`(?:${ASKED_FOR}[,:]?|[Ii]ndleveret\s+af|[Ss]tillet\s+(?:(?:(?:den|d\.)\s*)?\d{1,2}\.\s?(?:\p{L}{3,9}\.?|\d{1,2}\.)\s?\d{4}\s+)?(?:til\s+(?:\p{Ll}+-,?\s(?:og\s)?){0,3}\p{Ll}{0,40}minister(?:en|iet)(?:\sfor\s\p{Ll}+(?:,?\s(?:og\s)?\p{Ll}+){0,5})?\s+)?af:?|[Ss]tillet\s+fra(?=\s*\p{Lu}${NAME_SPAN}\([\p{L}-]{1,5}\))|\b[Ss]pørger(?:e|en|ne)?:|^(?:Folketingsmedlem|Medlem\s+af\s+Folketinget)|på\s+vegne\s+af(?=\s+\p{Lu}${NAME_SPAN}\()|\b(?:til|fra|af)(?=\s+folketingsmedlem(?:met)?\s+\p{Lu})|\b[Ss]pørgsmål(?:\s+(?:nr\.\s*)?(?:S\s*)?\d{1,5})?:?(?:\s+(?:ad|til)\s+(?:KOM\s?\(\d{4}\)\s?\d{3,4}|[LB]\s?\d{1,3}))?\s+(?:fra|af)(?=\s+(?:MFU?\s+)?${FIRST_NAME}\s+(?:${NAME_PARTICLES}\s+)?\p{Lu}|\s+medlem\s+af\s*Folke-?tinget\s+\p{Lu}|\s+ikke-?\s?medlem\s+af\s+udvalget\b|\s+\p{Lu}[\p{L}-]*udvalg(?:et)?\s+stillet\s+(?:den|d\.)\s)(?!\s+Folketingets\b)|\(S\s*\d{1,5}\)\s+af(?=\s+\p{Lu})|\bfølgende\s+af(?=\s+\p{Lu}${NAME_SPAN}\([\p{L}-]{1,5}\)\s+stillede\s)|\bsom(?=\s+medlem\s+af\s*Folke-?tinget\s+\p{Lu}${NAME_SPAN}(?:\([\p{L}-]{1,5}\))?\s+har\s+stillet\b)|^(?=(?:[Ii]kke-?\s?medlem\s+af\s+udvalget\s+(?:\(MFU\)\s+)?)?${FIRST_NAME}(?:${NEXT_NAME_WORD}){1,4}\s*\([\p{L}-]{1,5}\)\s+har\s))\s*(?:et\s+(?=ikke-?\s?medlem))?(?=\p{Lu}|\(MFU\)\s|ikke|${MEMBER_OF}|medlem\s+uden|(?:folketings|udvalgs)medlem|(?:\p{Ll}[\p{L}-]{0,40})?udvalget\b)(.{1,300}?)(?=\s+til\s+(?:\p{Ll}[^.]{0,80}?)?ministeren|(?<!\s\p{Lu})(?<!(?<!\p{L})${SHORT_NAMES})\.(?=\s|$|\p{Lu})|,\s+som\s|(?<=\)):|\s+(?:Svar|SVAR|Spørgsmål|SPØRGSMÅL|Spm\.)(?![\p{L}])|,\s*(?:og\s+)?(?:spørgsmål|spm\.)\s*(?:nr\.?\s*)?[\dA-ZÆØÅ]|,?\s+(?:har|stillet|stillede)\s|(?<=\)),?\s+(?!(?:og|samt)(?:\s|\p{Lu}\p{Ll})|${NON_MEMBER_BEFORE_NAME})(?=\p{Ll})|(?<=\))\s+(?=\d)|\s+(?:den|d\.)\s+\d|\s+(?:i|ved)\s+(?:breve?|skrivelse|e-?mail|mail)\s+af\s|\s+efter\s+ønske\s+fra\s|(?<=\))(?!(?:og|samt)\p{Lu})(?=[§\p{L}])|$)`,
  'gu',
)

/**
 * A committee the registry may not know by this name: `… udvalg(et)`, `Folketingets Udvalg for Udlændinge- og
 * Integrationspolitik`, `Det Politisk-Økonomiske Udvalg`, `Udvalget for …` (`Ud-valget for …`, a hyphen left in;
 * `Udvalgetfor …`, glued by an old rendition).
 */
const COMMITTEE_LIKE = /udvalg(?:et)?$|^(?:Folketingets\s|Ud-?valget\s?for\s|Ud-?valget\s|Det\s+[\p{L}-]+\s+Udvalg\b)/u

/** A committee's name before a heading the sentence ran into: `Beskæftigelsesudvalget Spm. nr. 612:` */
const FIRST_WORD_COMMITTEE = hot(/^\p{L}*udvalg(?:et)?(?![\p{L}-])/iu)

/**
 * `efter ønske fra medlem af Folketinget Finn Sørensen (EL)`, `… fra folketingsmedlem Finn Sørensen (EL)`, `… fra MF
 * Finn Sørensen (EL)`, `… fra medlem af udvalget Hans Christian Schmidt (V)`, `… fra udvalgsmedlem …` (a member of
 * the committee, not a non-member; `MEMBER_OF`)
 */
const MEMBER_TITLE = new RegExp(String.raw`^(?:${MEMBER_OF}|(?:folketings|udvalgs)medlem(?:met)?|MF)\s+`, 'iu')

/**
 * A party written after a comma rather than in parentheses, for the asker before it: `stillet af folketingsmedlem
 * Frank Aaen, EL.`, `… Pia Kjærsgaard, DF, og …`, `… Hans Andersen, Venstre` — a code or a name the registry knows.
 */
function commaParty(part: string): string | undefined {
  // The party after the comma may end the sentence (`Hans Christian Thoning, V.`).
  const written = part.endsWith(',') || part.endsWith('.') ? part.slice(0, -1) : part
  if (written.length <= 5) return partyByCode(written)?.code
  return partyByName(written)?.code
}

/** One asker: optional non-member marker, a name, an optional party in parentheses (empty where a rendition lost it). */
const ASKER = hot(
  /^(?:((?:[Ii]kke-?\s?medlem(?:\s+af\s+udvalget)?|medlem\s+uden\s?for\s+udvalget|MFU(?=\s)|\(MFU\)(?=\s|$))(?:\s*\(MFU\)|\s+[-–](?=\s))?)\s*)?(\S.*?|)(?<!\s)\s*(?:\(([\p{L}-]{1,5}|\p{L}[\p{L} -]{5,40})\)|\(\s?\))?$/u,
)

/**
 * A name whose last word is in lower case and no particle, after a capitalised one (`Kristian Pihl Lorent zen`): the
 * surname broken at a line end whose hyphen was lost, read whole (`Kristian Pihl Lorentzen`); undefined where that
 * does not make a name.
 */
function rejoinedSurname(name: string): string | undefined {
  const broken = BROKEN_SURNAME.exec(name)
  if (!broken?.[1] || !broken[2] || NAME_PARTICLE.test(broken[2])) return undefined
  const whole = `${broken[1]}${broken[2]}`
  return PERSON_NAME.test(whole) ? whole : undefined
}

/**
 * A name that keeps a line end's hyphen inside a word, as old renditions glue their lines with the hyphen left in
 * (`Jesper Pe-tersen`, beside `ud-valget` in the same text): the word read whole (`Jesper Petersen`). A double name's
 * parts are each capitalised (`Sahl-Madsen`), so a hyphen between lower-case letters is never a name's own. Undefined
 * where the name has none.
 */
function hyphenLeftInName(name: string): string | undefined {
  const whole = name.replace(HYPHEN_INSIDE_WORD, '')
  return whole === name ? undefined : whole
}

/** A hyphen between two lower-case letters: `Pe-tersen`. */
const HYPHEN_INSIDE_WORD = /(?<=\p{Ll})-(?=\p{Ll})/gu

/** A name's last two words, the first capitalised, the second (two letters or more) in lower case. */
const BROKEN_SURNAME = /^(.*\p{Lu}\p{Ll}+) (\p{Ll}{2,12})$/u

/** A name, then two to four capitals alone: a party's code written without its brackets (`Torsten Gejl ALT`). */
const BARE_PARTY = /^(\p{Lu}\p{Ll}.*\p{Ll}) (\p{Lu}{2,4})$/u

/** A particle a name may hold in lower case, alone (`NAME_PARTICLES`). */
const NAME_PARTICLE = new RegExp(`^${NAME_PARTICLES}$`, 'u')

/** A name: two to six words, each capitalised (particles such as "von", "de" allowed). */
const PERSON_NAME = /^(?:\p{Lu}[\p{L}'’.-]*|von|van|de|la|af)(?:\s+(?:\p{Lu}[\p{L}'’.-]*|von|van|de|la|af)){1,5}$/u

export interface AskersResult {
  askers: Asker[]
  byCommittee: boolean
  line?: Line
  /** The lines the sentence was read from. */
  lines: Line[]
}

/**
 * A § 20 answer's line naming the member it answers: `Svar til folketingsmedlem Mogens Jensen (S) fra …`, `Til
 * folketingsmedlem …`, `Spørgsmål nr. S 800 fra folketingsmedlem …` — at a line's start, not a letter the answer
 * quotes (`… i en henvendelse fra folketingsmedlem …`).
 */
const MEMBER_ADDRESSED = /^(?:Svar\s+til|Til|(?:Spørgsmål|Spm\.)\s[^:]{0,24}?\bfra)\s+folketingsmedlem(?:met)?\s/iu

/**
 * The asker named on the address block's last line, the sentence going on below it (`Medlem af Folketinget Johanne
 * Schmidt-Nielsen (EL)` / `har den 13. januar 2016 stillet følgende spørgsmål …`): a line the layout took for the
 * address that ends with a party, the next line opening with the sentence's verb.
 */
const PARTY_END = /\([\p{L}-]{1,5}\)$/u
const ASKER_VERB_START = /^(?:har|stillede)\s/u

/** `… på vegne af Trine Torp (SF)`: a line that may name the askers. */
const ON_BEHALF = /på\s+vegne\s+af\s/u

/** A non-member's mark after the party: `Hans Andersen (V) (MFU)`, `… (V) (ikke-medlem af udvalget)`. */
const NON_MEMBER_AFTER = /(?<=\))\s*\((?:MFU|ikke-?\s?medlem(?:\s+af\s+udvalget)?)\)$/u

/**
 * A non-member's mark after the list, closing the sentence: `… efter ønske fra Christine Antorini (S), ikke-medlem af
 * udvalget.` — the last asker's. (Followed by a name, `…, ikkemedlem af udvalget (MFU) Peder Hvelplund (EL)`, it is
 * the next asker's.)
 */
const NON_MEMBER_CLOSING = /^,\s*ikke-?\s?medlem(?:\s+af\s+udvalget)?(?:\s*\(MFU\))?\s*(?:[.;]|$)/u

/** One party for the askers before it: `Hans Andersen og Mette Holm (begge V)`, `… (alle S)`. */
const SHARED_PARTY = /^(?:begge|alle(?:\s+tre)?)\s+([\p{L}-]{1,5})$/u

/** A party in parentheses at the end of a list part: `Mikkel Dencker (DF)`. */
const ENDS_WITH_PARTY = /\([\p{L} -]{1,40}\)$/u

/**
 * `og` or `samt` after a party, glued to the next name where a glued rendition lost the line end: `(V) ogKarsten`,
 * `(EL)samtKarin`.
 */
const GLUED_AND = /(?<=\))\s*(og|samt)(?=\p{Lu}\p{Ll})/gu

function splitAskers(glued: string): string[] {
  // "A (EL) og B (SF)", "A (EL), B (SF) og C (S)"; "A (DF) B (LA)" with the comma left out. After a party with no
  // comma or "og", only another name with its party goes on the list: "Trine Pertou Mach (EL) Jeppe Bruus / …" is
  // the signature after a sentence without its full stop.
  // Each split only where what its pattern needs is there (a bracket; a comma, `og` or `samt`): most lists name one
  // asker, and a split by a pattern costs far more than the searches.
  const hasBracket = glued.includes(')')
  const list = hasBracket ? glued.replace(GLUED_AND, ' $1 ') : glued
  const [first = '', ...rest] = hasBracket ? list.split(AFTER_PARTY) : [list]
  const chunks = [first]
  for (const chunk of rest) {
    if (!ENDS_WITH_PARTY.test(chunk.trim())) break
    chunks.push(chunk)
  }
  // A loop, not `flatMap` (several times slower on Node 20).
  const names: string[] = []
  for (const chunk of chunks) {
    const parts = chunk.includes(',') || chunk.includes('og') || chunk.includes('samt') ? chunk.split(BETWEEN_NAMES) : [chunk]
    for (const part of parts) if (part) names.push(part)
  }
  return names
}

/** The space after a party's bracket before the next capitalised name: `A (EL) B (SF)`, split there. */
const AFTER_PARTY = /(?<=\))\s+(?=\p{Lu})/u

/** A comma, `og` or `samt` between two names (the next capitalised, or `ikke` of `ikke-medlem`): split there. */
const BETWEEN_NAMES = /(?<!\s)(?:\s*,|\s+og|\s+samt)\s+(?=\p{Lu}|ikke)/u

/**
 * A party by the code committee letters use: a code as written (`(EL)`, `(El)`), a name in full by its code
 * (`(Enhedslisten)`, `(socialistisk folkeparti)`); a name the registry does not know as written (flagged as unknown).
 */
function partyCode(written: string): string {
  return written.length > 5 ? (partyByName(written)?.code ?? written) : written
}

/** Two words glued in an old rendition: `MartinHenriksen`, `AastrupJensen` (not `McDonald`). */
const GLUED_WORDS = /(\p{Ll})(?<!\bMa?c)(\p{Lu})/u
const GLUED_WORDS_ALL = new RegExp(GLUED_WORDS.source, 'gu')

/** The document's lines as one text, joined once for all the glued names it is searched for. */
const documentText = readOnce((lines: readonly Line[]) => lines.map((each) => each.text).join('\n'))

/**
 * A name glued in an old rendition, ungluded where the document itself writes it apart (with a space or a hyphen);
 * otherwise a single word glued at one capital is parted there, and any other kept as it stands (guessing would be
 * wrong for `Aastrup-Jensen`) — flagged either way.
 */
function unglueName(name: string, context: Context, line: Line | undefined): string {
  if (!GLUED_WORDS.test(name)) return name
  const text = documentText(context.lines)
  for (const joiner of [' ', '-']) {
    const apart = name.replace(GLUED_WORDS_ALL, `$1${joiner}$2`)
    if (text.includes(apart)) return apart
  }
  // Each word glued at one capital (`MartinHenriksen`, `Troels LundPoulsen`, `Michael AastrupJensen`) is two words
  // whose space the rendition lost at a line's end (as it does in the text around: `skalbesvare`): parted there,
  // though a hyphen may have stood there (`Aastrup-Jensen`) — so still flagged. A word glued twice is kept.
  const parted = name
    .split(' ')
    .map((word) => ((word.match(GLUED_WORDS_ALL) ?? []).length === 1 ? word.replace(GLUED_WORDS, '$1 $2') : word))
    .join(' ')
  context.messages.warn(
    'asker-name-glued',
    parted === name
      ? `The asker's name "${name}" has words run together (an old rendition); where they part is not known`
      : `The asker's name "${name}" has words run together (an old rendition); read as "${parted}", though a hyphen may have stood there`,
    line,
    'question.askers',
  )
  return parted
}

/**
 * A line that may name askers: the phrase before them (`efter ønske`, `efter anmodning`, `på foranledning`), a label
 * (`Stillet af`, `Spørger:`), a § 20 question's number or member (`(S 800) af`, `Folketingsmedlem …`, `Spørgsmål nr.
 * S 800 fra Mogens …`).
 */
const ASKER_LINE = new RegExp(
  String.raw`${ASKED_FOR_WORDS}|[Ss]tillet\s+af|[Ss]pørger(?:e|en|ne)?:|\(S\s*\d{1,5}\)\s+af\s|^(?:Folketingsmedlem|Medlem\s+af\s+Folketinget)\s|\b[Ss]pørgsmål\s.{0,12}\b(?:fra|af)\s(?:\p{Lu}|ikke-?\s?medlem\b)`,
  'u',
)

/**
 * The members a committee put the question for, after the committee's name (`stillet af Folketingets
 * Beskæftigelsesudvalg den 3. maj efter ønske fra Hans Andersen (V)`, `… på foranledning af …`).
 */
const MEMBERS_AFTER_COMMITTEE = new RegExp(
  String.raw`^\s*(?:(?:den|d\.)\s{1,10}.{1,30}?\s+)?${ASKED_FOR}\s+(?!Folketingets|\p{Lu}\p{L}*udvalg)`,
  'u',
)

/**
 * A question put on the committee's behalf: `stillet på udvalgets vegne` (by its chair), `spørgsmål fra formand Benny
 * Engelbrecht på udvalgets vegne`. In lower case, within a sentence: the letter's closing `På udvalgets vegne` is not it.
 */
const ON_COMMITTEES_BEHALF =
  /(?<!\p{L})(?:[Ss]tillet|(?:[Uu]dvalgs)?[Ff]ormand(?:en)?(?:\s+\p{Lu}[\p{L}.-]*){1,5})\s+på\s+udvalgets\s+vegne(?!\p{L})/u

/** `fra` glued to the name after it: `efter ønskefra Hans`. */
const FROM_GLUED = /fra(?=\p{Lu})/gu

/**
 * A question's number after `nr.` split by a stray space right before its case in brackets: `spørgsmål nr. 27 8 (MOF
 * alm. del)`. No letter writes a number and a lone digit or two before the bracket otherwise. Captured: the halves.
 */
const SPLIT_NUMBER = /(\bnr\.\s?\d{1,3}) (\d{1,2})(?=\s?\()/gu

/**
 * A middle name's initial glued to the first name before it, where an old rendition lost the space: `JoachimB. Olsen
 * (LA)`: a lower-case letter, an initial and its full stop, a space and a capitalised name.
 */
const INITIAL_GLUED = /(?<=\p{Ll})(?=\p{Lu}\.\s\p{Lu}\p{Ll})/gu

/** A party's sentence run into a bracket after it: `… (SF).(Alm. del).`. */
const BRACKET_GLUED = /\)\.(?=\()/gu

/**
 * An askers' text with what glued renditions run together set apart (`FROM_GLUED`, `MFU_GLUED`, `BRACKET_GLUED`), and words a
 * stray space broke joined by the word list (`ikkemedlem af udv alget`: `withStraySpacesJoined`). Each replacement
 * only where its characters are (`includes`, several times cheaper than a replacement that finds nothing, Node 20):
 * most texts hold no `).(` at all.
 */
function unglueAskerText(text: string): string {
  const fromApart = text.includes('fra') ? text.replace(FROM_GLUED, 'fra ') : text
  const initialApart = fromApart.includes('. ') ? fromApart.replace(INITIAL_GLUED, ' ') : fromApart
  const markApart = initialApart.includes('(MFU)') ? initialApart.replace(MFU_GLUED, '(MFU) ') : initialApart
  return withStraySpacesJoined(markApart.includes(').(') ? markApart.replace(BRACKET_GLUED, '). ') : markApart)
}

/** A non-member's mark glued to the next asker's name: `… (MFU)Ole Birk Olesen (LA)`. */
const MFU_GLUED = /\(MFU\)(?=\p{Lu})/gu

/** A text the askers are sought in: the preamble's, or an asker line's with the lines after it that it may run on to. */
interface AskerText {
  text: string
  line: Line | undefined
  lines: Line[]
}

/** The body's lines where askers are sought, up to the answer (`answerAt`), and the texts of those that may name them. */
interface BodyAskerTexts {
  body: Line[]
  answerAt: number
  texts: AskerText[]
}

/**
 * The body's lines before the answer that may name the askers (`ASKER_LINE` and the like), each with the lines it may
 * run on to: where `findAskers` seeks them after the preamble.
 */
function bodyAskerTexts(context: Context): BodyAskerTexts {
  const texts: AskerText[] = []
  const opensSentence = new Set<Line>()
  // The preamble body holds every line without a role and no line of another role than the side column's
  // (`isPreambleLine`): only its side-column lines are looked up, in a set of those alone (a set of every line of the
  // document cost more than the rest of this filter).
  const sideLinesTaken = new Set(preambleBody(context.lines).filter((line) => line.role === 'sidebar'))
  const body = context.lines.filter((line, at) => {
    if (!line.role) return true
    if (line.role !== 'sidebar') return false
    if (sideLinesTaken.has(line)) return true
    if (ASKER_LABEL.test(line.text)) return true
    const next = context.lines[at + 1]
    if (!next || next.role || !ASKER_VERB_START.test(next.text) || !PARTY_END.test(line.text.trimEnd())) return false
    opensSentence.add(line)
    return true
  })
  const answerAt = answerStart(body)
  body.forEach((line, at) => {
    if (at >= answerAt) return
    if (
      opensSentence.has(line) ||
      ASKER_LINE.test(line.text) ||
      MEMBER_ADDRESSED.test(line.text) ||
      /efter\s*$/u.test(line.text) ||
      ON_BEHALF.test(line.text)
    ) {
      const span = ASKER_FIELD_WHOLE.test(line.text.trim()) ? [line] : linesHolding(body, at, ASKER_SPAN_LINES)
      texts.push({ text: joinLines(span.map((next) => next.text)), line, lines: span })
    }
  })
  return { body, answerAt, texts }
}

/** Askers from the preamble, else from anywhere in the body (question letters put it last). */
export function findAskers(context: Context, preamble: Preamble | undefined): AskersResult {
  const result: AskersResult = { askers: [], byCommittee: false, lines: [] }
  const texts: AskerText[] = []
  if (preamble) texts.push({ text: preamble.text, line: preamble.lines[0], lines: preamble.lines })
  // The body's texts come after the preamble's, read only once it names no asker: most preambles do (`… efter ønske
  // fra …`), and their documents' lines need not all be tried for an asker's line (nothing is read or warned there).
  let inBody: BodyAskerTexts | undefined
  const readBody = (): BodyAskerTexts => {
    if (!inBody) {
      inBody = bodyAskerTexts(context)
      texts.push(...inBody.texts)
    }
    return inBody
  }
  /** Whether a text stands at `index`: past the preamble's, the body's are read. */
  const hasText = (index: number): boolean => {
    if (index >= texts.length) readBody()
    return index < texts.length
  }
  let pendingNonMember = false
  /** How many askers took the pending mark: past one, whether it is theirs is unsure. */
  let sharedMark = 0
  /** A committee named as the one that put the question: the asker if no member is named anywhere. */
  let committeeAsked: Pick<AskersResult, 'line' | 'lines'> | undefined
  for (let index = 0; hasText(index); index++) {
    const { text, line, lines } = texts[index] as AskerText
    const searched = unglueAskerText(text)
    for (const match of matchesOf(ASKED_BY, searched)) {
      const list = (match[1] ?? '').trim()
      // The list runs to the end of the lines read, its last asker without a party: the name may go on past them.
      const cut = match.index + match[0].length === searched.length && !/[).]$/u.test(list)
      // The committee by its name, or by its code alone (`stillet af ERU den 4. november 2008`).
      const named = list.replace(/\.$/u, '')
      const committee = committeeByName(named) ?? (/^\p{Lu}{2,4}$/u.test(named) ? committeeByCode(named) : undefined)
      if (committee || COMMITTEE_LIKE.test(list) || FIRST_WORD_COMMITTEE.test(list)) {
        // "stillet af Folketingets Beskæftigelsesudvalg … efter ønske fra Hans Andersen (V)": the committee puts
        // every question; the members it asked for come after it.
        if (MEMBERS_AFTER_COMMITTEE.test(text.slice(match.index + match[0].length))) continue
        // A member named in a later sentence ("stillet af Folketingets Miljø- og Planlægningsudvalg. Spørgsmålet er
        // stillet efter ønske fra Lone Møller (S).") is the asker; the committee only if none is.
        committeeAsked ??= line ? { line, lines } : { lines }
        continue
      }
      // A name broken at the end of the lines read (`… efter ønske fra Morten Mes-`, the preamble ending there): the
      // asker's own line read further (`serschmidt (DF).`) comes later in `texts`, read there.
      if (cut && BROKEN_AT_END.test(list) && hasText(index + 1)) continue
      const listed = result.askers.length
      const closingMark = NON_MEMBER_CLOSING.test(searched.slice(match.index + match[0].length))
      for (const part of splitAskers(list)) {
        // `Hans Andersen (V) (MFU)`: the mark after the party.
        const marked = NON_MEMBER_AFTER.exec(part.trim())
        const asker = ASKER.exec(part.trim().slice(0, marked?.index).replace(MEMBER_TITLE, ''))
        if (!asker) continue
        const written = unglueName((asker[2] ?? '').replace(/\s+/gu, ' ').trim(), context, line)
        // `Torsten Gejl ALT`: a party's code the registry knows, in capitals after the name, its brackets left out.
        const bare = asker[3] || marked ? undefined : BARE_PARTY.exec(written)
        const bareParty = bare?.[2] ? partyByCode(bare[2])?.code : undefined
        const name = bareParty && bare?.[1] ? bare[1] : written
        if (asker[1] && (name === '' || /^\(?MFU\)?$/u.test(name))) {
          // "stillet af ikkemedlem af udvalget (MFU)" with the name in a later sentence; a mark of its own before each
          // of several names (`…, ikkemedlem af udvalget (MFU) B (EL) og ikkemedlem af udvalget (MFU) C (EL)`) is no
          // mark shared.
          pendingNonMember = true
          sharedMark = 0
          continue
        }
        // `Frank Aaen, EL`: the part after the comma is the party of the asker before it.
        const previous = result.askers.at(-1)
        const afterComma = !asker[1] && !asker[3] && !marked && result.askers.length > listed ? commaParty(name) : undefined
        if (previous && previous.party === null && afterComma) {
          previous.party = afterComma
          continue
        }
        const personal = PERSON_NAME.test(name)
        const rejoined = personal ? hyphenLeftInName(name) : rejoinedSurname(name)
        if (rejoined && personal) {
          context.messages.warn(
            'asker-name-rejoined',
            `The asker's name "${name}" keeps a line end's hyphen inside a word (an old rendition): read as "${rejoined}"`,
            line,
            'question.askers',
          )
        } else if (rejoined) {
          context.messages.warn(
            'asker-name-rejoined',
            `The asker's name "${name}" ends in a word in lower case, the rest of a surname broken at a line end: read as "${rejoined}"`,
            line,
            'question.askers',
          )
        } else if (!personal) {
          context.messages.warn('asker-unclear', `"${name}" does not read as a person's name`, line, 'question.askers')
          continue
        }
        // A party in full (`(Enhedslisten)`) is recorded by its code, as committee letters write it; `A og B (begge V)`
        // gives its party to the askers before it that have none.
        const shared = SHARED_PARTY.exec(asker[3] ?? '')
        const party = shared?.[1] ?? (asker[3] ? partyCode(asker[3]) : (bareParty ?? null))
        if (shared) for (const before of result.askers.slice(listed)) before.party ??= party
        result.askers.push({ name: rejoined ?? name, party, nonMember: Boolean(asker[1] || marked) || pendingNonMember })
        // `ikkemedlem af udvalget (MFU) A (V), B (DF) og C (KF)`: one mark in the singular before several names, which
        // committees write both for all of them and for the first alone; each is read as a non-member, flagged.
        if (pendingNonMember && !asker[1] && !marked && ++sharedMark === 2) {
          context.messages.warn(
            'asker-non-member-shared',
            `One mark "ikkemedlem af udvalget (MFU)" stands before several askers: each is read as a non-member, though the mark may be for the first only`,
            line,
            'question.askers',
          )
        }
      }
      const last = result.askers.at(-1)
      // `… Christine Antorini (S), ikke-medlem af udvalget.`: the mark closing the sentence is the last asker's.
      if (closingMark && last && result.askers.length > listed) last.nonMember = true
      if (cut && last && last.party === null && list.endsWith(last.name.split(' ').at(-1) ?? '')) {
        context.messages.warn(
          'asker-unclear',
          `The asker sentence ends with "${list.slice(-40)}" without a stop or a party: the name may be cut short`,
          line,
          'question.askers',
        )
      }
      if (result.askers.length > 0) {
        if (line) result.line = line
        result.lines = lines
        return result
      }
    }
  }
  // `Spørgsmålet er stillet på udvalgets vegne af udvalgsformand …`: the chair put it for the committee (not the
  // letter's closing `På udvalgets vegne`, which every committee letter signs with).
  // Every text was tried, the body's too.
  const { body, answerAt } = readBody()
  const onBehalf = committeeAsked
    ? undefined
    : body.slice(0, answerAt).find((line, at) => startsOnLine(ON_COMMITTEES_BEHALF, line.text, body[at + 1]?.text))
  if (onBehalf) committeeAsked = { line: onBehalf, lines: [onBehalf] }
  if (committeeAsked) {
    result.byCommittee = true
    if (committeeAsked.line) result.line = committeeAsked.line
    result.lines = committeeAsked.lines
    return result
  }
  const addressed = addressedMember(context.lines)
  if (addressed) {
    result.askers.push({ name: addressed.name, party: partyCode(addressed.party), nonMember: false })
    result.line = addressed.line
    result.lines = [addressed.line]
    context.messages.warn(
      'asker-from-address',
      `No sentence names the asker; took ${addressed.name} (${addressed.party}), named under the committee in the address block`,
      addressed.line,
      'question.askers',
    )
  } else if (
    preamble &&
    MENTIONS_ASKED_FOR.test(preamble.text) &&
    !context.messages.list.some((warning) => warning.code === 'asker-unclear')
  ) {
    // `efter ønske fra` and no name read after it (`efter ønske fra` / `af ikke-medlem af udvalget (MFU) …`): someone
    // asked whom no rule read.
    context.messages.warn(
      'asker-unclear',
      `The preamble says whose wish the question was ("efter ønske fra …"), but no asker was read from it`,
      preamble.lines[0],
      'question.askers',
    )
  } else if (preamble && ASKER_VERB_START.test(preamble.text)) {
    // `har den 13. januar 2016 stillet følgende spørgsmål …` with no one before the verb: the asker stands where no
    // rule read it (above the sentence, among lines taken for the letterhead).
    context.messages.warn(
      'asker-unclear',
      `The asker sentence opens with its verb ("${preamble.text.slice(0, 30)}…"): whoever asked is named where it was not read`,
      preamble.lines[0],
      'question.askers',
    )
  }
  return result
}

/** A list of askers that ends on a word broken at a line end: `Morten Mes-`. */
const BROKEN_AT_END = /\p{L}-$/u

/** The words that say whose wish the question was, in a preamble: `efter ønske fra`, `efter anmodning fra`. */
const MENTIONS_ASKED_FOR = /efter\s*(?:ønske|anmodning|begæring)\s+fra(?!\p{L})/iu

/** Lines from the top within which the address block stands. */
const ADDRESS_LINES = 12

/** The committee addressed, alone on its line: `Folketingets Beskæftigelsesudvalg`, `Folketingets Udvalg for …`. */
const ADDRESSED_COMMITTEE = /^(?:Til\s)?Folketingets\s\p{Lu}[\p{L}, -]{2,90}$/u

/** A member alone on a line with the party: `Mikkel Bjørn (DF)`. Groups: the name, the party. */
const MEMBER_LINE = /^(\p{Lu}[\p{L}'-]+(?:\s\p{Lu}[\p{L}'.-]*){1,4})\s\((\p{Lu}{1,3})\)$/u

/**
 * The member the address block names under the committee it addresses, as Beskæftigelsesministeriet's letters have
 * it since about 2019 (`Folketingets Beskæftigelsesudvalg` / `Mikkel Bjørn (DF)`): the member who asked. Read only
 * where no sentence names an asker, and warned.
 */
function addressedMember(lines: readonly Line[]): { name: string; party: string; line: Line } | undefined {
  const top = lines.slice(0, ADDRESS_LINES)
  for (const [at, line] of top.entries()) {
    const next = top[at + 1]
    if (!next || !ADDRESSED_COMMITTEE.test(line.text) || !committeeNamedIn(line.text)) continue
    const member = MEMBER_LINE.exec(next.text.trim())
    if (member?.[1] && member[2]) return { name: member[1], party: member[2], line: next }
  }
  return undefined
}
