/**
 * One record per question: the questions a document answers, each with its own number, question text, askers and
 * answer. A letter names them in its opening ("stillet følgende spørgsmål nr. 93 og 94", "svar på spørgsmål nr. 3,
 * 4, 5, 6 og 7", "svares samlet på spørgsmål nr. 12 og 13", "besvarelse af samrådsspørgsmål A-C") or heads each with
 * its own "Spørgsmål nr. N:" (samråd E and F; "Spørgsmål 3" … "Svar" … "Spørgsmål 4" … "Svar"). Where each question
 * has its own "Svar:", each record gets its own answer; where one answer serves them all, each gets the whole answer
 * (warning `answer-joint`). A question named in the answer ("jf. svaret på spørgsmål 13", "I svarene på spørgsmål
 * 38 og 49-50") is a reference, not a question of this document: only the opening is read for the list.
 */
import type { Block, Table } from '@ft-answers/schema'
import { ANSWER_HEADING, QUESTION_HEADING } from '../layout/markers.js'
import { Messages } from '../messages.js'
import { findDate } from '../util/dates.js'
import { joinLines } from '../util/hyphenation.js'
import { matchesOf } from '../util/matches.js'
import { readOnce, readOnceByText } from '../util/memo.js'
import type { AnswerResult, TableSource } from './answer.js'
import { blocksToText } from './answer.js'
import { ASKED_FOR, ASKED_FOR_WORDS, ASKER_SENTENCE, PARTY_ALONE } from './asker-sentence.js'
import { findClosing } from './closing.js'
import type { Findings } from './findings.js'
import type { Line } from './lines.js'
import { type AskersResult, findAskers } from './preamble.js'
import { type HeadingQuestion, headingNumber, QUOTE_MARKS } from './question.js'
import { speechHeadLines } from './speech-head.js'

/**
 * The widest range expanded (`5-7` → 5, 6, 7); a wider one is more likely a misreading than a list of questions. A
 * bill's questions are answered in batches of dozens (`spørgsmål 7 – 40 vedrørende L 159`, 34 questions); a year or a
 * page after a question's number (`spørgsmål 5-2007`) lies far beyond.
 */
const MAX_RANGE = 50

/**
 * The letters of samråd questions, in order, for letter ranges (`A-C`). A committee that has used them all in a
 * session goes on with two: `AA` … `AÅ`, `BA` … (`samrådsspørgsmål BA-BB`, `AØ`).
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ'

/** A samråd question's place in the series `A` … `Å`, `AA` … `AÅ`, `BA` …; -1 for anything else. */
function letterPlace(letters: string): number {
  const [first = '', second] = [...letters]
  const high = ALPHABET.indexOf(first)
  if (high < 0 || letters.length > 2) return -1
  if (second === undefined) return high
  const low = ALPHABET.indexOf(second)
  return low < 0 ? -1 : (high + 1) * ALPHABET.length + low
}

/** The samråd letters at a place in the series (the inverse of `letterPlace`). */
function lettersAt(place: number): string {
  if (place < ALPHABET.length) return ALPHABET[place] as string
  const high = Math.floor(place / ALPHABET.length) - 1
  return `${ALPHABET[high]}${ALPHABET[place % ALPHABET.length]}`
}

/** After a samråd letter, the next line's word an old rendition glued on (`ÅTak`): a capital and lower case. */
const GLUED_AFTER_LETTER = String.raw`(?<=[A-ZÆØÅ])(?=\p{Lu}\p{Ll}{2})`

/**
 * After a samråd letter, the list's `og` or `samt` an old rendition glued on where its line broke, before the list's
 * next letters (`AA, ABog AC`).
 */
const GLUED_SEPARATOR = '(?:og|samt) '

/**
 * A samråd question's letters as an item of a list: one or two capitals not followed by a number (`L 13` is a bill)
 * nor by another letter — unless by a word of a capital and lower case run onto it, the next line's first word where
 * an old rendition glued its lines (`samrådsspørgsmål S-W og ÅTak for ordet.`; not `DSBs`, `NATOs`), or by a glued
 * `og` before the next letters (`GLUED_SEPARATOR`: `ABog AC`; not `Bog om …`).
 */
const LETTER_ITEM = String.raw`[A-ZÆØÅ]{1,2}(?:(?![\p{L}\d])|${GLUED_AFTER_LETTER}|(?=${GLUED_SEPARATOR}[A-ZÆØÅ]{1,2}(?![\p{L}\d])))(?! ?\d)`

/**
 * One item of a list: a number, or one or two capital letters not followed by a number (`L 13` is a bill). The
 * patterns read text whose spaces are single (`singleSpaced`), so that each separator has one way to match.
 */
const ITEM = String.raw`(?:\d{1,4}(?![\d.,]\d)|${LETTER_ITEM})`

/**
 * An item or a range of items: `12`, `5-7`, `A–C`, and samråd letters with `til` (`A til F`; not numbers: `spørgsmål
 * 5 til 25 år` may be words about the question's subject).
 */
const RANGE = `${ITEM}(?: ?[-–] ?${ITEM}| til ${LETTER_ITEM})?`

/** `nr. ` before an item: once after `spørgsmål`, and again before any later item (`nr. 73, nr. 138-139 og nr. 140`). */
const ITEM_NR = String.raw`(?:nr\.? ?)?`

/** Between a list's items: a comma, `og` or `samt`, or a comma and either; either glued to a samråd letter. */
const SEPARATOR = `(?: ?, ?| (?:og|samt) |, (?:og|samt) |(?<=[A-ZÆØÅ])${GLUED_SEPARATOR})`

/** A list's items and the separators between them. */
const LIST = `${RANGE}(?:${SEPARATOR}${ITEM_NR}${RANGE})*`

/** The word a list of questions follows: `spørgsmål`, `spørgsmålene`, `samrådsspørgsmål`, `spm.` (first letter either case). */
const LIST_WORD = String.raw`(?:[Ss]amråds)?(?:[Ss]pørgsmål(?:ene)?|[Ss]pm\.)`

/** `LIST_WORD`, or the same in capitals as a speech paper's title sets it (`SAMRÅDSSPØRGSMÅL A-F`). */
const QUESTION_WORD = String.raw`(?:${LIST_WORD}|(?:SAMRÅDS)?(?:SPØRGSMÅL(?:ENE)?|SPM\.))`

/**
 * The questions a sentence says the document answers: `spørgsmål nr. 93 og 94`, `spørgsmål nr. 3, 4, 5, 6 og 7`,
 * `spørgsmålene 12-14`, `samrådsspørgsmål A og B`, `spm. nr. 5 - 7`, `spørgsmål nr. 73, nr. 138-139 samt nr. 178`
 * (a cover letter sending many bill questions' answers). Case-sensitive items (`spørgsmål om` is no list).
 */
const NUMBER_LIST = listAfter(QUESTION_WORD)

/** In a speech paper's head, also the samråd named by its questions' letters: `Tale til samråd P, Q, R den 8. februar`. */
const SPEECH_NUMBER_LIST = listAfter(`(?:[Ss]amråd(?= ?[A-ZÆØÅ])|${QUESTION_WORD})`)

/** A list of items after the word that names them. */
function listAfter(word: string): RegExp {
  return new RegExp(String.raw`(?<![\p{L}])${word} ?${ITEM_NR}(${LIST})(?:(?![\p{L}\d])|${GLUED_AFTER_LETTER})`, 'gu')
}

/** `nr. ` before a later item of a list, taken off before the list is expanded. */
const INNER_NR = /(?<=^|[ ,])nr\.? ?/gu

/** Where a later item's `nr.` begins a list's next part: `, nr. `, ` og nr. `. */
const LATER_NR = new RegExp(String.raw`${SEPARATOR}nr\.? ?`, 'u')

/**
 * The list a match names as questions: all of it where `spørgsmål nr.` opens it, as a list that repeats `nr.` does
 * (`spørgsmål nr. 73, nr. 138-139`); else up to a later `nr.`, which cites something else (`spørgsmål 5, nr. 2 i
 * bekendtgørelsen`).
 */
function ownList(match: string, list: string): string {
  if (!LATER_NR.test(list)) return list
  const opened = /nr\.? ?$/u.test(match.slice(0, match.length - list.length))
  return opened ? list : list.slice(0, list.search(LATER_NR))
}

/**
 * Words after a list, in its sentence, that send its answers by another way or later: `Besvarelse af spørgsmål nr.
 * 145-149 … fremsendes direkte af forsvarsministeren`, `spørgsmål 5 og 6 besvares senere`, `… vil blive besvaret
 * særskilt`, `… eftersendes`. Such a list names questions the document does not answer.
 */
const ANSWERED_ELSEWHERE =
  /\b(?:fremsendes\s+(?:direkte\s+)?af|besvares\s+(?:senere|særskilt|direkte|af)|vil\s+blive\s+besvaret|eftersendes)\b/u

/** The rest of the sentence after position `from` of single-spaced text: to a full stop before a capital, or the end. */
function restOfSentence(text: string, from: number): string {
  const rest = text.slice(from)
  const end = rest.search(/[.!?] \p{Lu}/u)
  return end === -1 ? rest : rest.slice(0, end)
}

/**
 * A short note in brackets after a list's item, which the list goes on past: `nr. 1, 2 og 13 (B 165 – bilag 2), 15
 * (B 165 – bilag 3) og 18`, `nr. 12 (alm. del) og 13`. Taken out before the list is read — only after an item (a
 * digit or a capital), not a list in brackets after a word (`Samråd (spm. AA-AJ) om …`), nor brackets that open with
 * the word of a list (`Samråd … den 29. marts 2016 (samrådsspørgsmål U og Æ besvares samlet)`, after the date's year).
 */
const ITEM_NOTE = /(?<=[\dA-ZÆØÅ]) ?\((?!(?:[Ss]amråds)?[Ss]pørgsmål|[Ss]pm\.)[^()]{1,40}\)/gu

/** Words before a list that make it a reference to other answers: `jf. svaret på`, `henviser til …`, `se`. */
const REFERRING_WORDS: ReadonlySet<string> = new Set(['jf.', 'jf', 'se', 'tidligere'])

/** How many words before a list are read for a reference. */
const WORDS_BEFORE = 5

/** The copies a letter of the 2000s says it sends, between its verb and the answer: `Hermed sendes i 5 eksemplarer svar på …`. */
const COPIES_SENT = /(?<!\p{L})i \d{1,3} eksemplarer(?!\p{L})/giu

/** Whether the words before a list make it others' answers: `jf. svaret på`, `henviser til`, `I svarene på`. */
function refersToOthers(before: string): boolean {
  const words = before.replace(COPIES_SENT, ' ').toLowerCase().split(' ').filter(Boolean).slice(-WORDS_BEFORE)
  if (words.some((word) => REFERRING_WORDS.has(word) || word.startsWith('henvis'))) return true
  // `I svarene på`, `som i mit svar på`: an answer named as the place something is said.
  return words.includes('i') && words.some((word) => word.startsWith('svar'))
}

/**
 * Text with every run of white space as one space. A space alone is left where it is: only longer runs and other
 * white space (`\n`, a tab) are replaced, not every gap between words.
 */
function singleSpaced(text: string): string {
  return text.replace(/\s{2,}|[^\S ]/gu, ' ')
}

/** Openings' list texts kept (`listText`): one document's, read by two callers in turn. */
const LIST_TEXTS_KEPT = 4

/**
 * An opening's text as its lists are read: single-spaced, the notes after items taken out (`ITEM_NOTE`). Kept for the
 * last texts asked: `mixedListKinds` and `listedQuestions` read the same opening.
 */
const listText = readOnceByText((text: string) => singleSpaced(text).replace(ITEM_NOTE, ''), LIST_TEXTS_KEPT)

/** The items of a list in order, ranges expanded; undefined where a range is not plainly a run of questions. */
export function expandList(list: string): string[] | undefined {
  const items: string[] = []
  for (const part of singleSpaced(list)
    .replace(INNER_NR, '')
    .split(/, (?:og|samt) | ?, ?| (?:og|samt) |(?<=[A-ZÆØÅ])(?:og|samt) /u)) {
    const [from = '', to, ...more] = part
      .replace(/ ?[-–] ?| til /gu, '-')
      .trim()
      .split('-')
    if (to === undefined) {
      items.push(from)
      continue
    }
    if (more.length > 0) return undefined
    const digits = /^\d+$/u.test(from) && /^\d+$/u.test(to)
    const start = digits ? Number(from) : letterPlace(from)
    const end = digits ? Number(to) : letterPlace(to)
    // Only numbers or samråd letters rising by at most MAX_RANGE: `7-5`, `1-300` or `A-BB` are not expanded.
    if (start < 0 || end <= start || end - start > MAX_RANGE) return undefined
    for (let at = start; at <= end; at++) items.push(digits ? String(at) : lettersAt(at))
  }
  // One kind per list: numbers, or letters.
  if (!items.every((item) => /^\d+$/u.test(item)) && !items.every((item) => /^\D+$/u.test(item))) return undefined
  return [...new Set(items)]
}

/**
 * The questions an opening's text names as answered, in order: the first list of two or more that is not a reference
 * to other answers nor answered another way (`ANSWERED_ELSEWHERE`). Empty when it names one question or none.
 */
export function listedQuestions(text: string, speech = false): string[] {
  return [...new Set(listedGroups(text, speech)?.flatMap((group) => group.items) ?? [])]
}

/**
 * The opening's lists (`readListedGroups`), read once for the last text asked: the split asks again of the opening
 * that `partlyQuoted` read, and `listedDates` of the same lists.
 */
function listedGroups(text: string, speech: boolean): readonly ListedGroup[] | undefined {
  const last = lastListed
  if (last?.text === text && last.speech === speech) return last.groups
  const groups = readListedGroups(text, speech)
  lastListed = { text, speech, groups }
  return groups
}

/** What a list of two items or more holds: a separator (`, `, ` og `, ` samt `) or a range's dash or `til` (`5-7`, `A–C`, `A til F`). */
const MORE_THAN_ONE = /[,–-]| (?:og|samt|til) /u

/** The last text `listedGroups` read, and what it read (read only by its callers: `flatMap` and `for` make no change). */
let lastListed: { text: string; speech: boolean; groups: readonly ListedGroup[] | undefined } | undefined

/** The most characters between a list and a second list joined to it (`JOINED_LIST`): what a date and a committee take. */
const JOINED_LIST_GAP = 120

/**
 * A further list the same sentence joins to the one before, past what is said of that one: with `og` and the word
 * again (`besvarelse af spørgsmål 1-3 (L 48) stillet af Folketingets Erhvervsudvalg den 4. marts 2005 og spørgsmål 4
 * (L 48) stillet den 7. marts 2005`, `svar på spørgsmål 12 og spørgsmål 13`), or with a comma or `og` and the answer's
 * words again, a cover sending several answers (`svar på spørgsmål nr. 1-2 af 18. november 2005, svar på spørgsmål 3
 * af 28. november 2005 … og svar på spørgsmål 6-7 af 1. december 2005`). Read in the rest of the sentence
 * (`restOfSentence`), at most `JOINED_LIST_GAP` characters after the list before and no other `spørgsmål` between.
 */
const JOINED_LIST = new RegExp(
  String.raw`^((?:(?![Ss]pørgsmål|[Ss]pm\.)[^]){0,${JOINED_LIST_GAP}}?)(?: (?:og|samt) |,(?: og)? (?=(?:svar|besvarelse)\s|${LIST_WORD}))(?:(?:svar|besvarelse) (?:på|af) )?${LIST_WORD} ?${ITEM_NR}(${LIST})(?![\p{L}\d])`,
  'u',
)

/** A list a sentence joins to the one before it, and where the joined list ends in the text (`JOINED_LIST`). */
interface JoinedList {
  list: string
  /** The text between the list before and this one (what is said of the list before: its date). */
  gap: string
  end: number
}

/** The lists a sentence joins, one after another, to the list ending at `from` (`JOINED_LIST`). */
function joinedLists(spaced: string, from: number): JoinedList[] {
  const lists: JoinedList[] = []
  const sentence = restOfSentence(spaced, from)
  for (let at = 0; ; ) {
    const match = JOINED_LIST.exec(sentence.slice(at))
    if (!match) return lists
    at += match[0].length
    lists.push({ list: match[2] ?? '', gap: match[1] ?? '', end: from + at })
  }
}

/** How far after its list a group's own date stands (`af 28. november 2005`, `stillet af … den 4. marts 2005`). */
const GROUP_DATE_REACH = 90

/**
 * Each listed question's own date, where the opening sends answers to several lists of questions each with its date
 * (`svar på spørgsmål nr. 1-2 af 18. november 2005, svar på spørgsmål 3 af 28. november 2005 …`): every list dated
 * within its sentence, no stop between, and the dates not all one. Undefined otherwise (the preamble's date serves).
 */
export function listedDates(text: string, speech = false): Map<string, string> | undefined {
  const groups = listedGroups(text, speech)
  if (!groups || groups.length < 2) return undefined
  const dates = groups.map((group) => {
    const near = group.after.slice(0, GROUP_DATE_REACH)
    const date = findDate(near)
    return date && !/[.!?]\s/u.test(near.slice(0, date.index)) ? date.iso : undefined
  })
  if (dates.some((date) => !date) || new Set(dates).size < 2) return undefined
  const byNumber = new Map<string, string>()
  groups.forEach((group, at) => {
    for (const item of group.items) if (!byNumber.has(item)) byNumber.set(item, dates[at] as string)
  })
  return byNumber
}

/** The questions of one list of an opening, and what the text says of them before the next list (their date). */
interface ListedGroup {
  readonly items: readonly string[]
  readonly after: string
}

/**
 * The lists an opening names as answered, in order, each with the text after it (`listedQuestions`): the first list
 * with lists the sentence joins to it, or a list of two or more items alone. Undefined where none names two questions.
 */
function readListedGroups(text: string, speech: boolean): ListedGroup[] | undefined {
  const spaced = listText(text)
  let first = true
  for (const match of matchesOf(speech ? SPEECH_NUMBER_LIST : NUMBER_LIST, spaced)) {
    const end = match.index + match[0].length
    // One item names one question (`spørgsmål nr. 12`) unless a second list is joined to it: the words around it need
    // no reading otherwise. Only the first list the opening names is the one others can join (`svar på spørgsmål
    // 12, som hænger sammen med spørgsmål 10 og spørgsmål 11` answers 12).
    const joined = first && (spaced.includes('ørgsmål', end) || spaced.includes('pm.', end)) ? joinedLists(spaced, end) : []
    first = false
    if (!MORE_THAN_ONE.test(match[1] ?? '') && joined.length === 0) continue
    if (refersToOthers(spaced.slice(Math.max(0, match.index - 40), match.index))) continue
    if (ANSWERED_ELSEWHERE.test(restOfSentence(spaced, end))) continue
    const last = joined.at(-1)?.end ?? end
    const own = ownList(match[0], match[1] ?? '')
    const expanded = [own, ...joined.map((each) => each.list)].map(expandList)
    if (!expanded.every((items) => items !== undefined)) continue
    const items = new Set(expanded.flat())
    // One kind for all: numbers, or samråd letters.
    if (![...items].every((item) => /^\d+$/u.test(item)) && ![...items].every((item) => /^\D+$/u.test(item))) continue
    // Each list's text after it is its gap to the next; the last list's, the rest of its sentence.
    if (items.size > 1) return expanded.map((items, at) => ({ items, after: joined[at]?.gap ?? restOfSentence(spaced, last) }))
  }
  return undefined
}

/**
 * A samråd's questions and the committee's own named in one list: `samrådsspørgsmål A og spørgsmål 1-5` (a note
 * written for the samråd and the questions both). Case-sensitive items, single-spaced text, as `NUMBER_LIST`.
 */
const MIXED_LIST = new RegExp(
  String.raw`(?<![\p{L}])[Ss]amrådsspørgsmål(?:ene)? ?${ITEM_NR}(${LIST})${SEPARATOR}(?:[Ss]pørgsmål(?:ene)?|[Ss]pm\.) ?${ITEM_NR}(${LIST})(?![\p{L}\d])`,
  'u',
)

/**
 * The kind of each question a mixed list names (`MIXED_LIST`), in order: the samråd's letters `consultation`, the
 * numbers the committee's `general` questions. Undefined where the opening names no such list, or names it as
 * others' answers.
 */
export function mixedListKinds(text: string): Map<string, 'consultation' | 'general'> | undefined {
  const spaced = listText(text)
  const match = MIXED_LIST.exec(spaced)
  if (!match || refersToOthers(spaced.slice(Math.max(0, match.index - 40), match.index))) return undefined
  const letters = expandList(match[1] ?? '')
  const numbers = expandList(match[2] ?? '')
  if (!letters?.every((item) => /^\D+$/u.test(item)) || !numbers?.every((item) => /^\d+$/u.test(item))) return undefined
  return new Map([...letters.map((item) => [item, 'consultation'] as const), ...numbers.map((item) => [item, 'general'] as const)])
}

/** One question of a document that answers several. */
export interface QuestionPart {
  number: string
  /** Its own kind, where the opening's list names a samråd's questions and ordinary ones (`mixedListKinds`). */
  kind?: 'consultation' | 'general'
  /** Its own date, where the opening dates each list of questions it answers (`listedDates`). */
  askedOn?: string
  /** Where the number was read: its heading, or the opening's list. */
  rule: 'question-heading' | 'question-list'
  numberLines: Line[]
  /** Its own question text; null where the document has others' but not its own; undefined: the document's. */
  text: string | null | undefined
  textLines: Line[]
  /** Its own answer, where each question has one; undefined: the whole answer (joint or not told apart). */
  answer: PartAnswer | undefined
  /** Its own askers, where the document names them per question; undefined: the document's. */
  askers: AskersResult | undefined
}

export interface PartAnswer {
  blocks: Block[]
  tables: Table[]
  tableSources: TableSource[]
  text: string
  lines: Line[]
}

export interface QuestionSplit {
  parts: QuestionPart[]
  /** One answer serves every question. */
  joint: boolean
  /** Each question has its own "Svar:", but the answers could not be matched to the questions. */
  unaligned: boolean
  /** The line where the answer (or the second answer) begins, for the warning. */
  answerLine: Line | undefined
  /** Each question's number is the one the opening lists in its place: no number stands over the quoted questions. */
  byOrder?: boolean
}

/**
 * The lines before the questions: the letter's opening, where it says which questions it answers. Read once a
 * document, as is its text (`openingText`): `partlyQuoted` and the split both read them.
 */
const openingOf = readOnce(function openingOf(found: Findings): Line[] {
  const { question, preamble, head } = found
  const first = question?.rule === 'question-heading' ? question.headings?.[0]?.heading : undefined
  if (found.documentType === 'consultation-speech') return speechHeadLines(found)
  const lines = first ? found.context.lines.slice(0, first.index) : preamble ? preamble.lines : head
  // The preamble's own lines count though the layout set them in the letterhead's side column (a cover page set on
  // one line: `Til Folketingets Skatteudvalg Hermed sendes svar på spørgsmål nr.185, 186 … og 190 …`).
  return lines.filter((line) => !line.role || preamble?.lines.includes(line))
})

/** The opening's lines joined into its text. */
const openingText = readOnce((found: Findings): string => joinLines(openingOf(found).map((line) => line.text)))

/** Whether `text` holds a list's item as a word of its own: `12` in `nr. 12 og 13`, not in `2012`. */
function namesItem(text: string, item: string): boolean {
  for (let at = text.indexOf(item); at !== -1; at = text.indexOf(item, at + 1)) {
    const before = text[at - 1] ?? ''
    const after = text[at + item.length] ?? ''
    if (!/[\p{L}\d]/u.test(before) && !/[\p{L}\d]/u.test(after)) return true
  }
  return false
}

/** Text as compared with a question's own: without quotation marks, its white space single. */
function bare(text: string): string {
  return singleSpaced(text.replace(QUOTE_MARKS, '')).trim()
}

/**
 * The answer's blocks for each question of a letter that answers each in turn: the first question's answer runs to
 * the next question's heading; each later question's from its "Svar:" to the heading after — or, in a letter with no
 * answer heading, from the first block after the heading that is no part of the question's own text (`ownText`) nor
 * the asker's sentence. Undefined when a later heading gives no number or one that is not a question of the document.
 */
function answerSegments(
  answer: AnswerResult,
  numbers: readonly string[],
  first: string,
  ownText: (number: string) => string | undefined,
): Map<string, Block[]> | undefined {
  const segments = new Map<string, Block[]>([[first, []]])
  const headed = answer.blocks.some((block) => block.type === 'heading' && ANSWER_HEADING.test(block.text))
  let current = first
  let inQuestion = false
  for (const block of answer.blocks) {
    const text = 'text' in block ? block.text : ''
    if ((block.type === 'heading' || block.type === 'paragraph') && QUESTION_HEADING.test(text)) {
      const number = headingNumber(text)
      if (!number || !numbers.includes(number) || segments.has(number)) return undefined
      current = number
      segments.set(current, [])
      inQuestion = true
      continue
    }
    if (inQuestion) {
      if (block.type === 'heading' && ANSWER_HEADING.test(text)) inQuestion = false
      if (headed || ownPart(text, ownText(current))) continue
      inQuestion = false
    }
    segments.get(current)?.push(block)
  }
  return segments
}

/** Whether a block's text is part of a question's own text, or the asker's sentence after it. */
function ownPart(text: string, question: string | undefined): boolean {
  const block = bare(text)
  return block === '' || ASKER_SENTENCE.test(block) || (question !== undefined && bare(question).includes(block))
}

/** A part of the answer as an answer of its own: its tables renumbered from 0, in the order its blocks use them. */
function partAnswer(answer: AnswerResult, blocks: readonly Block[], lines: Line[]): PartAnswer {
  const tables: Table[] = []
  const tableSources: TableSource[] = []
  const own = blocks.map((block) => {
    if (block.type !== 'table') return block
    const table = answer.tables[block.table]
    const source = answer.tableSources[block.table]
    if (!table || !source) return block
    tables.push(table)
    tableSources.push(source)
    return { ...block, table: tables.length - 1 }
  })
  return { blocks: own, tables, tableSources, text: blocksToText(own, tables), lines }
}

/**
 * `spørgsmål nr. 93 er stillet efter ønske fra A (V), spørgsmål nr. 94 efter ønske fra B (S)`: a question's number
 * and the rest of its sentence (read ahead, so that the next question's clause is matched too; single-spaced text),
 * which `NEXT_QUESTION` cuts where the next begins.
 */
const PER_QUESTION_ASKERS = new RegExp(
  String.raw`(?:spørgsmål|spm\.) ?(?:nr\.? ?)?([\dA-ZÆØÅ]{1,4}) (?:er )?(?:stillet )?${ASKED_FOR} (?=([^.;]*))`,
  'giu',
)

/** Where the next question's askers begin in a sentence that names several: `, spørgsmål nr. 94 …`, `og spm. 94`. */
const NEXT_QUESTION = /,? (?:og )?(?:spørgsmål|spm\.)/iu

/** The askers the opening names for question `number` alone, as the list after "efter ønske fra". */
function perQuestionAskers(text: string, number: string): string | undefined {
  for (const match of matchesOf(PER_QUESTION_ASKERS, singleSpaced(text))) {
    if (match[1] !== number) continue
    const rest = match[2] ?? ''
    const next = rest.search(NEXT_QUESTION)
    return (next === -1 ? rest : rest.slice(0, next)).trim()
  }
  return undefined
}

/** Askers read from `lines` alone (their warnings are the document's, given once by the document's own reading). */
function askersIn(found: Findings, lines: Line[]): AskersResult | undefined {
  if (lines.length === 0) return undefined
  const result = findAskers({ tree: found.context.tree, lines, messages: new Messages() }, undefined)
  return result.askers.length > 0 || result.byCommittee ? result : undefined
}

/** The askers the document names for one question: in the opening (`spørgsmål nr. 93 … efter ønske fra`) or by it. */
function ownAskers(found: Findings, number: string, opening: Line[], near: Line[]): AskersResult | undefined {
  const text = joinLines(opening.map((line) => line.text))
  const list = perQuestionAskers(text, number)
  const anchor = opening[0]
  if (list && anchor) {
    const sentence: Line = { ...anchor, text: `Spørgsmålet er stillet efter ønske fra ${list}.`, index: 0 }
    const read = askersIn(found, [sentence])
    if (read) return { ...read, lines: opening, ...(anchor ? { line: anchor } : {}) }
  }
  const names = (line: Line | undefined) => line !== undefined && (MENTIONS_ASKED_FOR.test(line.text) || ASKER_SENTENCE.test(line.text))
  // The party wrapped onto a line of its own after the name goes with it (`… efter ønske fra Aki-Matilda Høegh-Dam` / `(SIU)`).
  return askersIn(
    found,
    near.filter((line, at) => names(line) || (PARTY_ALONE.test(line.text) && names(near[at - 1]))),
  )
}

/**
 * A line that mentions the phrase before askers (`efter ønske`, `på foranledning`), or opens with the sentence that
 * names them in other words (`Spørgsmålet er stillet af Søren Søndergaard (EL).`): its askers may be read.
 */
const MENTIONS_ASKED_FOR = new RegExp(ASKED_FOR_WORDS, 'u')

/** Lines after a question that may still be about it: "Spørgsmålet er stillet efter ønske fra …" follows it. */
const ASKER_LINES_AFTER = 3

/** The index just past the lines that may name a question's askers. */
function afterText(lines: readonly Line[], heading: number): number {
  return (lines.at(-1)?.index ?? heading) + 1 + ASKER_LINES_AFTER
}

/** The lines from `from` (exclusive) to `to` (exclusive) that the answer spans. */
function between(found: Findings, from: number, to: number): Line[] {
  const inside = found.context.lines.filter((line) => !line.role && line.index > from && line.index < to)
  return [inside[0], inside.at(-1)].filter((line): line is Line => line !== undefined)
}

/** The questions a letter's opening lists and those it heads with their own text. */
export interface ListedAndQuoted {
  listed: string[]
  quoted: string[]
}

/** The numbers of the question headings that carry their own question text, in order, each once. */
function quotedNumbers(found: Findings): string[] {
  return headingNumbers(found.question?.headings ?? [], true)
}

/**
 * The numbers the question headings give, in order, each once; with `withText`, only the headings' that carry their
 * own question text. A loop, not `flatMap` over an array per heading (several times slower on Node 20).
 */
function headingNumbers(headings: readonly HeadingQuestion[], withText = false): string[] {
  const numbers = new Set<string>()
  for (const heading of headings) if (heading.number && (!withText || heading.text)) numbers.add(heading.number)
  return [...numbers]
}

/**
 * A letter whose opening lists more questions than it quotes: `Trafikudvalget har i brev af 22. marts 2006 stillet
 * mig følgende spørgsmål 2-6 (L 163), som jeg hermed skal besvare.` over one `Spørgsmål 5:`, its text and `Svar:` —
 * the ministry answered the others in letters of their own, each a copy of the same opening. The questions quoted
 * (each heading with its text, every one among the listed, fewer than listed) are the letter's; undefined where it
 * quotes all it lists, none, or one it does not list, and where no greeting closes the letter after its last question
 * (a text cut short). Read once a document: the question's number (`fields/question-id.ts`) and the split both ask, and
 * the answer depends on the findings alone.
 */
export const partlyQuoted = readOnce(readPartlyQuoted)

/** The questions the opening lists but the letter does not quote (`partlyQuoted`), read anew. */
function readPartlyQuoted(found: Findings): ListedAndQuoted | undefined {
  if (found.question?.rule !== 'question-heading') return undefined
  const quoted = quotedNumbers(found)
  if (quoted.length === 0) return undefined
  const listed = listedQuestions(openingText(found), found.documentType === 'consultation-speech')
  const headed = found.question.headings?.length ?? 0
  // Every heading numbers and quotes its question (one without a number or text may hide another), all listed.
  if (headed !== quoted.length || quoted.length >= listed.length || !quoted.every((number) => listed.includes(number))) {
    return undefined
  }
  // The letter is whole: its greeting follows the last quoted question. A text cut short (a stored rendition that
  // stops inside question 218 of "217-221 og 223") quotes fewer than it answers.
  const last = found.question.headings?.at(-1)?.heading.index ?? 0
  const closing = findClosing(found.context.lines, last)
  return closing && !closing.bare ? { listed, quoted } : undefined
}

/**
 * A later question quoted whole as a paragraph of its own, no heading over it (`"Ministeren bedes oplyse, hvad … ."`):
 * a quote mark, a capital, a closing mark at the end (a stop after it, perhaps).
 */
const QUOTED_PARAGRAPH = /^[”“"„»]\s?\p{Lu}[\s\S]{20,1500}[”“"«]\.?$/u

/**
 * The questions of a letter that quotes each of the questions its opening lists in turn, each followed by its
 * answer, with no heading over any (`Hermed sendes … besvarelse af spørgsmål nr. 36 og 39` / `"Ministeren bedes
 * oplyse, hvad grundskylden …"` / the answer / `"Ministeren bedes oplyse, hvad kommunernes skatteprovenu …"` / the
 * answer): the first question is the document's, each later one a quoted paragraph inside the answer, in the order
 * the opening lists them. Undefined unless the answer holds exactly one such paragraph for each listed question after
 * the first, and each question then has an answer of its own.
 */
function quotedInTurn(found: Findings, listed: readonly string[]): QuestionSplit | undefined {
  const { question, answer, context } = found
  if (!question?.text || question.rule === 'question-heading') return undefined
  const quoted = answer.blocks.flatMap((block, at) =>
    (block.type === 'paragraph' || block.type === 'quote') && QUOTED_PARAGRAPH.test(block.text.trim()) ? [at] : [],
  )
  if (quoted.length !== listed.length - 1 || quoted[0] === 0) return undefined
  const starts = [0, ...quoted.map((at) => at + 1)]
  const ends = [...quoted, answer.blocks.length]
  if (starts.some((start, at) => start >= (ends[at] ?? 0))) return undefined
  // The line each quoted question starts on, looked up once: it ends one part's answer and opens the next part.
  const quotedLines = quoted.map((at) => {
    const block = answer.blocks[at]
    const text = block && 'text' in block ? block.text.trim().slice(0, 40) : undefined
    return text ? context.lines.find((line) => line.text.trim().startsWith(text)) : undefined
  })
  const opening = openingOf(found)
  const parts = listed.map((number, index): QuestionPart => {
    const own = answer.blocks.slice(starts[index], ends[index])
    const textLine = index === 0 ? undefined : quotedLines[index - 1]
    const from = index === 0 ? (question.end ?? 0) - 1 : (textLine?.index ?? 0)
    const to = quotedLines[index]?.index ?? answer.end
    const listLine = opening.find((line) => namesItem(line.text, number)) ?? opening[0]
    const block = index === 0 ? undefined : answer.blocks[quoted[index - 1] ?? 0]
    return {
      number,
      rule: 'question-list',
      numberLines: listLine ? [listLine] : [],
      // The quotation's own stop is the question's; one after its closing mark is the letter's (`"… ?".`).
      text: block && 'text' in block ? bare(block.text.trim().replace(/(?<=[”“"«])\.$/u, '')) : undefined,
      textLines: textLine ? [textLine] : [],
      answer: partAnswer(answer, own, between(found, from, to)),
      askers: undefined,
    }
  })
  return { parts, joint: false, unaligned: false, answerLine: quotedLines[0], byOrder: true }
}

/**
 * The questions of a document that answers several, each with what is its own; undefined for a document with one
 * question (or none).
 */
export function splitQuestions(found: Findings): QuestionSplit | undefined {
  // A report answers none of the questions its sections name (`… bortset fra spørgsmål 59-61, som forventes besvaret`).
  if (found.report) return undefined
  const { question, answer, context } = found
  const opening = openingOf(found)
  const partly = partlyQuoted(found)
  const said = openingText(found)
  // A samråd's questions and ordinary ones in one list: each its own kind, if the document is on no case.
  const mixed = partly || found.preamble?.bill ? undefined : mixedListKinds(said)
  const listed = partly ? partly.quoted : mixed ? [...mixed.keys()] : listedQuestions(said, found.documentType === 'consultation-speech')
  const dates = partly || mixed ? undefined : listedDates(said, found.documentType === 'consultation-speech')
  const headings = question?.headings ?? []
  const headed = headingNumbers(headings)
  if (listed.length < 2 && headed.length < 2) return undefined
  const inTurn = headed.length === 0 ? quotedInTurn(found, listed) : undefined
  if (inTurn) return inTurn
  const numbers = [...new Set([...listed, ...headed])]
  const headingOf = (number: string) => headings.find((heading) => heading.number === number)
  // A question read under no heading of its own but with its number (`… 2005 Spørgsmål 1: ”…”`, one of 1–4 quoted)
  // is that number's text, not every listed question's.
  const numberedText = headings.length === 0 && question?.numbers.length === 1 ? question.numbers[0] : undefined
  const ownText = (number: string) => {
    const text = number === numberedText ? question?.text : headingOf(number)?.text
    return text ? text : undefined
  }
  const anyOwnText = numbers.some((number) => ownText(number) !== undefined)

  const interleaved = question?.interleaved === true
  const first = headings[0]?.number
  const segments = interleaved && first ? answerSegments(answer, numbers, first, ownText) : undefined
  const unaligned = interleaved && !segments
  const headingAt = (number: string) => headingOf(number)?.heading.index
  const ordered = headings.map((heading) => heading.heading.index)
  const answerHeading = context.lines.find((line) => line.index >= (question?.end ?? 0) && ANSWER_HEADING.test(line.text))

  const parts = numbers.map((number): QuestionPart => {
    const heading = headingOf(number)
    // The number as a word of its own (`Æ` in `Samråd Æ og Ø`, not in `GÆLDER`).
    const listLine = opening.find((line) => namesItem(line.text, number)) ?? opening[0]
    const at = headingAt(number) ?? -1
    const next = ordered.find((index) => index > at) ?? answer.end
    const own = segments?.get(number)
    const text = ownText(number)
    const kind = mixed?.get(number)
    const askedOn = dates?.get(number)
    return {
      number,
      ...(kind ? { kind } : {}),
      ...(askedOn ? { askedOn } : {}),
      rule: heading ? 'question-heading' : 'question-list',
      numberLines: heading ? [heading.heading] : listLine ? [listLine] : [],
      text: text ?? (anyOwnText ? null : undefined),
      textLines: heading?.lines ?? [],
      answer: segments
        ? partAnswer(answer, own ?? [], own ? between(found, number === first ? (question?.end ?? at) - 1 : at, next) : [])
        : undefined,
      askers: ownAskers(
        found,
        number,
        opening,
        heading ? context.lines.slice(heading.heading.index, Math.min(next, afterText(heading.lines, at))) : [],
      ),
    }
  })
  return {
    parts: withSharedAskers(parts),
    joint: !interleaved,
    unaligned,
    answerLine: interleaved ? context.lines[ordered[1] ?? 0] : answerHeading,
  }
}

/** The sentence naming the askers of several questions at once: `Spørgsmålene er stillet efter ønske fra …`. */
const SEVERAL_ASKED = /^\(?(?:Samråds)?[Ss]pørgsmålene\s/u

/**
 * The parts with the askers a sentence names for several questions (`Spørgsmålene er stillet efter ønske fra …`
 * after the last of a run: samråd Q, R and S) given to each part before it that names none of its own, back to the
 * last one that does (samråd P, `Spørgsmålet er stillet efter ønske fra …`).
 */
function withSharedAskers(parts: readonly QuestionPart[]): QuestionPart[] {
  const shared: QuestionPart[] = [...parts]
  let several: AskersResult | undefined
  for (let at = shared.length - 1; at >= 0; at--) {
    const part = shared[at] as QuestionPart
    if (part.askers) several = part.askers.lines.some((line) => SEVERAL_ASKED.test(line.text.trim())) ? part.askers : undefined
    else if (several) shared[at] = { ...part, askers: several }
  }
  return shared
}
