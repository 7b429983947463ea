/**
 * The committee that put the question: named by the stamp, the preamble or an addressee line, else by its code
 * (the stamp's, a case code in the letter) — a name the registry knows wins over any code — and, failing all
 * these, the first committee the text names.
 *
 * Its name is the one in use when the document was written: the name the document gives (the stamp's, which is the
 * name when ft.dk filed it, else the letter's; a committee renamed has an entry per name in the registry), or, where
 * only a code is given, the registry's name for that code in the document's session. Where the stamp files the letter
 * as another case's annex, the letter's own naming comes first.
 */
import type { Committee, QuestionKind } from '@ft-answers/schema'
import { committeeByCode, committeeByName, committeeNamedIn, formerCode } from '../../registry/index.js'
import { joinPair } from '../../util/hyphenation.js'
import { type Findings, fromStamp } from '../findings.js'
import { findCaseCode, findCaseReference, findCommitteeLine, openingLines } from '../head.js'
import type { Found } from '../letterhead.js'
import { firstLine } from '../provenance.js'
import { ABSENT, type Candidate, propose, type Resolution, resolve } from '../resolve.js'
import type { RuleId } from '../rules.js'
import { sessionFromDate } from '../session.js'
import { openingDate } from './opening-date.js'

/** A committee as a candidate gives it: by name or by code. */
type Reference = { name: string } | { code: string }

const byName = (name: string | undefined): Reference | undefined => (name ? { name } : undefined)
const byCode = (code: string | undefined): Reference | undefined => (code ? { code } : undefined)

function toCommittee(entry: { code: string; name: string } | undefined): Committee | undefined {
  return entry ? { code: entry.code, name: entry.name } : undefined
}

/**
 * The committee the letter's own statement of its question names by code, where it is another than the stamp's: ft.dk
 * filed under MIU (`Miljøudvalget 2014-15` / `MIU Alm.del`) a letter whose title answers `spørgsmål nr. 356 (FLF alm.
 * del)`. The letter's own question is the record's (as for an annex); the code must be on the preamble's lines — a
 * code in the question's text cites another case.
 */
function ownCodeElsewhere(found: Findings): Found<string> | undefined {
  const { stamp, preamble } = found
  if (!stamp.committeeCode || !preamble) return undefined
  const own = findCaseCode(preamble.lines)
  const code = own?.value.toUpperCase()
  // A code the stamp's committee had before it was renamed (`AMU alm. del` under a stamp of BEU) is the same committee's.
  if (!own || !code || code === stamp.committeeCode || formerCode(code, stamp.committeeCode)) return undefined
  return committeeByCode(code) ? { ...own, value: code } : undefined
}

/** Whether two names are one committee's (one code), whatever each was called when. */
function sameCode(one: string, other: string): boolean {
  const code = committeeByName(other)?.code
  return code !== undefined && committeeByName(one, { code })?.code === code
}

/**
 * A committee's name that a line wraps inside: `ÅBENT SAMRÅD I UDVALGET FOR FØDEVARER, LANDBRUG OG` / `FISKERI`,
 * `… (formand for Udvalget for` / `Fødevarer, Landbrug og Fiskeri):`, `Samråd i Folketingets Udlændinge- og` /
 * `Integrationsudvalg`. Only two lines one of which says "udvalg" are joined, and the name must start on the first.
 */
function namedOverLineEnd(text: string, next: string | undefined): ReturnType<typeof committeeNamedIn> {
  if (next === undefined || !(/udvalg/iu.test(text) || /udvalg/iu.test(next))) return undefined
  // Joined as a paragraph's lines are: a name hyphenated at the line end (`Bes-` / `kæftigelsesudvalget`) is one word.
  const joined = joinPair(text, next)
  // `joinPair` takes the spaces off the next line's start only: the line end is before what is left of it.
  const lineEnd = joined.length - next.trimStart().length
  const named = committeeNamedIn(joined)
  const at = named ? joined.indexOf(named.text) : -1
  return named && at >= 0 && at < lineEnd && at + named.text.length > lineEnd ? named : undefined
}

/**
 * The committees the registry knows, named in running text ("… stillet af Folketingets Kulturudvalg den …"): the
 * last candidates, after every place that states the committee.
 */
function namedInText(found: Findings): Candidate<Reference>[] {
  const { lines } = found.context
  return lines.flatMap((line, at) => {
    if (found.quoted.has(line)) return []
    const named = committeeNamedIn(line.text) ?? namedOverLineEnd(line.text, lines[at + 1]?.text)
    return named ? [propose('named-in-text', byName(named.entry.name), line)] : []
  })
}

/**
 * The committees the question's text cites, by a case's code (`jf. FLF alm. del – bilag 69`, `i forlængelse af svar på
 * FIU alm. del spørgsmål 24`) or by name (`som lovet på Europaudvalgets møde`): the very last candidates. An asker most
 * often cites their own committee's cases, but may cite any.
 */
function citedInQuestion(found: Findings): Candidate<Reference>[] {
  const { question, context } = found
  if (!question) return []
  const code = findCaseCode(context.lines.slice(0, question.end))
  const reference = findCaseReference(openingLines(context.lines))
  return [
    propose('cited-in-question', byCode(code?.value), code?.line),
    propose('cited-in-question', byCode(reference?.code), reference?.line),
    ...[...found.quoted].flatMap((line) => {
      const named = committeeNamedIn(line.text)
      return named ? [propose('cited-in-question', byName(named.entry.name), line)] : []
    }),
  ]
}

/**
 * Whether the letter's preamble and its addressee name one committee and the stamp another that no line of the letter
 * names: ft.dk filed under SOU (`Social-, Indenrigs- og Børneudvalget 2018-19` / `SOU Alm.del`) a letter to
 * `Folketingets Retsudvalg` that answers the question `Folketingets Retsudvalg har … stillet`. The letter's own
 * committee is the record's, as for an annex. Where a line of the letter names the stamp's committee too (`Spørgsmål
 * nr. 81 (Alm. del) fra Udvalget for Forretningsorden` under that committee's stamp, the letter addressed to another),
 * the stamp stands.
 */
function filedWithAnother(found: Findings, addressed: string | undefined): boolean {
  const { stamp, preamble, context } = found
  const own = preamble?.committeeName
  const stampCode = stamp.committeeCode ?? (stamp.committeeName ? committeeByName(stamp.committeeName)?.code : undefined)
  if (!own || !addressed || !stamp.committeeName || !stampCode) return false
  if (!sameCode(own, addressed) || sameCode(own, stamp.committeeName)) return false
  // A committee renamed under a new code (`Arbejdsmarkedsudvalget` under BEU's stamp) is the stamp's own.
  const ownCode = committeeByName(own)?.code
  if (ownCode && (formerCode(ownCode, stampCode) || formerCode(stampCode, ownCode))) return false
  return !context.lines.some((line) => line.role !== 'stamp' && committeeNamedIn(line.text)?.entry.code === stampCode)
}

/**
 * A case code on a line that names a question (`Spørgsmål: URU alm. del. spm. nr. 160 af 14. april 2014.`), not an
 * annex: another stamp's case line set in the head (`URU Alm.del Bilag 25`) is one more filing, not the letter's own.
 */
function namesQuestion(code: Found<string> | undefined): Found<string> | undefined {
  const text = code?.line.text.toLowerCase()
  return text && (text.includes('spm') || text.includes('spørgsmål')) && !text.includes('bilag') ? code : undefined
}

/** The candidates of the places that state the committee, most trusted first: names, then codes. */
function candidates(found: Findings, elsewhere: Found<string> | undefined): Candidate<Reference>[] {
  const { stamp, preamble, head } = found
  // A letter with no preamble or question (a cover letter, a note) has a head of one line: its addressee is sought
  // in its opening.
  const addressed = findCommitteeLine(preamble || found.question ? head : found.opening)
  const code = findCaseCode(head)
  const reference = findCaseReference(found.opening)
  // The stamp names the committee ft.dk filed the document with, by its name then; where it files the letter as
  // another case's annex or under a case several committees ask about (a Commission document), the letter's own
  // preamble and addressee come first.
  const stamped = fromStamp(stamp, byName(stamp.committeeName))
  // Where the letter names the stamp's committee by another name (renamed within the session: `Sundhedsudvalget
  // 2020-21` over `Folketingets Sundheds- og Ældreudvalg`), the stamp's name is the record's (docs/record.md).
  const lettersName = preamble?.committeeName ?? addressed?.value
  const sameCommittee = lettersName !== undefined && stamp.committeeName !== undefined && sameCode(lettersName, stamp.committeeName)
  const lettersOwn =
    (stamp.annex || stamp.sharedCase || elsewhere !== undefined || filedWithAnother(found, addressed?.value)) && !sameCommittee
  return [
    propose('case-code', byCode(elsewhere?.value), elsewhere?.line),
    ...(lettersOwn ? [] : [stamped]),
    propose('preamble', byName(preamble?.committeeName), preamble?.lines),
    propose('address', byName(addressed?.value), addressed?.line),
    // A paper filed as another committee's annex that names its own samråd in its head (`Samrådsspørgsmål (EUU) A`).
    ...(lettersOwn && reference?.kind === 'consultation' ? [propose('case-code', byCode(reference.code), reference.line)] : []),
    // The case code the letter's head gives its question (`Spørgsmål: URU alm. del. spm. nr. 160`) is the letter's own
    // too, before the filing's committee (`namesQuestion`).
    ...(lettersOwn ? [propose('case-code', byCode(namesQuestion(code)?.value), code?.line), stamped] : []),
    fromStamp(stamp, byCode(stamp.committeeCode)),
    propose('case-code', byCode(code?.value), code?.line),
    propose('case-code', byCode(reference?.code), reference?.line),
  ]
}

/** The session the document was written in, as far as the committee's name needs it: the stamp's, or its opening's date. */
function sessionHint(found: Findings): string | undefined {
  const date = openingDate(found)
  return found.stamp.session ?? (date ? sessionFromDate(date.value) : undefined)
}

/** The rules that read a committee the text names anywhere, where no place states one: a name they read may be any. */
const FROM_TEXT: ReadonlySet<RuleId> = new Set<RuleId>(['named-in-text', 'cited-in-question'])

export function resolveCommittee(found: Findings): Resolution<Committee> {
  const { messages } = found.context
  const session = sessionHint(found)
  const unknown: string[] = []
  const elsewhere = ownCodeElsewhere(found)
  const read = (reference: Reference, candidate: Candidate<Reference>): Committee | undefined => {
    if ('code' in reference) return toCommittee(committeeByCode(reference.code, session))
    // A name two codes have carried is the stamp's code's where it is one of them, else the session's.
    const known = toCommittee(committeeByName(reference.name, { code: found.stamp.committeeCode, session }))
    // A name in the text may be any committee's; a name where the committee is stated should be known.
    if (!known && !FROM_TEXT.has(candidate.rule)) unknown.push(reference.name)
    return known
  }
  let tried = candidates(found, elsewhere)
  let committee = resolve(tried, { read })
  // The committees named in the text (every line searched), then those the question's text cites (flagged below), are
  // read only where no place before them gives a known one. Where one does, they would only be its rivals, and no check
  // reads a rival named in the text (`committeeRival` reads the stated places'); where none does, the candidates
  // before, each passed over again, stay the rivals.
  const passedOver = new Set<Candidate<Reference>>()
  for (const more of [namedInText, citedInQuestion]) {
    if (committee.value !== null) break
    for (const candidate of tried) passedOver.add(candidate)
    tried = [...tried, ...more(found)]
    committee = resolve(tried, {
      read: (reference, candidate) => (passedOver.has(candidate) ? undefined : read(reference, candidate)),
    })
  }
  // An unknown name is worth a warning unless another place that states the committee named a known one.
  const chosen = committee.from
  const statedByName =
    !FROM_TEXT.has(chosen?.rule ?? 'absent') && typeof chosen?.value === 'object' && chosen.value !== null && 'name' in chosen.value
  if (!statedByName) {
    for (const name of unknown) {
      messages.warn('committee-unknown', `Committee "${name}" is not in the registry`, undefined, 'committee')
    }
  }
  if (elsewhere && committee.value?.code === elsewhere.value) {
    messages.warn(
      'committee-filed-elsewhere',
      `ft.dk's stamp files the letter with ${found.stamp.committeeCode}, but the letter answers ${elsewhere.value}'s question: took ${committee.value.name}`,
      elsewhere.line,
      'committee',
    )
  }
  const stampCode = found.stamp.committeeCode
  if (
    !elsewhere &&
    found.stamp.annex &&
    stampCode &&
    committee.value &&
    committee.value.code !== stampCode &&
    committee.from?.rule === 'case-code'
  ) {
    messages.warn(
      'committee-filed-elsewhere',
      `ft.dk's stamp files the paper with ${stampCode} as an annex, but its head names ${committee.value.code}'s question: took ${committee.value.name}`,
      firstLine(committee.from.where),
      'committee',
    )
  }
  warnNamesDiffer(found, committee)
  warnAnnexGuess(found, committee)
  if (committee.value && committee.from?.rule === 'cited-in-question') {
    messages.warn(
      'committee-cited',
      `Nothing but the question's text names a committee; took ${committee.value.name}, which it cites`,
      firstLine(committee.from.where),
      'committee',
    )
  }
  if (committee.value && committee.from?.rule === 'named-in-text') {
    messages.warn(
      'committee-inferred',
      `No stamp or preamble names the committee; took ${committee.value.name}, named in the text`,
      firstLine(committee.from.where),
      'committee',
    )
  }
  return committee
}

/**
 * The committee of a letter ft.dk filed as a case's annex (`FOU Alm.del Bilag 33`) that answers a numbered question and
 * names no committee the registry knows (`Besvarelse af miljøudvalgsspørgsmål nr. 199`): the stamp's committee is where
 * the letter was filed, which may be another than the one that asked.
 */
function warnAnnexGuess(found: Findings, committee: Resolution<Committee>): void {
  const { stamp, preamble, head } = found
  if (!stamp.annex || committee.from?.rule !== 'stamp' || !preamble?.number || preamble.committeeName) return
  // A § 20 question is put by no committee: its record names none (`committeeOfKind`).
  if (preamble.kind === 'section20') return
  if (findCommitteeLine(head)) return
  found.context.messages.warn(
    'committee-of-annex',
    `ft.dk files the letter as an annex of ${committee.value?.code}'s case, and the letter names no committee of its own: took ${committee.value?.name}`,
    stamp.line,
    'committee',
  )
}

/**
 * The stamp and the letter name one committee (one code) by two names: a committee renamed within the session, whose
 * stamp (ft.dk's name when it filed the letter) gives the new name and the letter, written before, the old
 * (`Social- og Ældreudvalget 2020-21` / `Folketingets Social- og Indenrigsudvalg`). The record takes the stamp's, as
 * docs/record.md decides; the letter's is named in the warning.
 */
function warnNamesDiffer(found: Findings, committee: Resolution<Committee>): void {
  const { stamp, preamble, head } = found
  if (!committee.value || committee.from?.rule !== 'stamp' || !stamp.committeeName) return
  const stamped = committee.value
  for (const name of [preamble?.committeeName, findCommitteeLine(head)?.value]) {
    const letters = name ? committeeByName(name, { code: stamped.code }) : undefined
    if (!letters || letters.code !== stamped.code || letters.name === stamped.name) continue
    found.context.messages.warn(
      'committee-name-differs',
      `The stamp names the committee ${stamped.name}, the letter ${letters.name} (renamed within the session?): took the stamp's`,
      stamp.line,
      'committee',
    )
    return
  }
}

/**
 * A § 20 question is a member's question to a minister in the chamber, put by no committee: its record names none,
 * even where ft.dk's stamp files the answer with the committee of the minister's field ("Klima-, Energi- og
 * Forsyningsudvalget 2022-23" / "S 231").
 */
export function committeeOfKind(committee: Resolution<Committee>, kind: QuestionKind | null): Resolution<Committee> {
  if (kind !== 'section20' || !committee.value) return committee
  return { value: null, from: undefined, provenance: { ...ABSENT }, rivals: [] }
}
