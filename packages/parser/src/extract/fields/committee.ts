/**
 * The committee that put the question: named by the stamp, the preamble or an addressee line, else by its code
 * (the stamp's, a case code in the letter) — a name the registry knows wins over any code — and, failing all
 * these, the first committee the text names.
 */
import type { Committee } from '@ft-answers/schema'
import { committeeByCode, committeeByName } from '../../registry/index.js'
import { type Findings, fromStamp } from '../findings.js'
import { findCaseCode, findCommitteeLine } from '../head.js'
import { firstLine } from '../provenance.js'
import { type Candidate, type Resolution, propose, resolve } from '../resolve.js'

/** A committee named in running text: "… sendt til Beskæftigelsesudvalget". */
const NAMED_IN_TEXT = /(\p{Lu}[\p{L}-]*udvalget)(?![\p{L}])/u

/** A committee as a candidate gives it: by name or by code. */
type Reference = { name: string } | { code: string }

const byName = (name: string | undefined): Reference | undefined => (name ? { name } : undefined)
const byCode = (code: string | undefined): Reference | undefined => (code ? { code } : undefined)

function toCommittee(entry: { code: string; name: string } | undefined): Committee | undefined {
  return entry ? { code: entry.code, name: entry.name } : undefined
}

/** Every candidate, most trusted first: names, then codes, then committees named in the text. */
function candidates(found: Findings): Candidate<Reference>[] {
  const { stamp, preamble, head, context } = found
  const addressed = findCommitteeLine(head)
  const code = findCaseCode(head)
  const inText = context.lines.flatMap((line) => {
    const named = NAMED_IN_TEXT.exec(line.text)?.[1]
    return named ? [propose('named-in-text', byName(named), line)] : []
  })
  return [
    fromStamp(stamp, byName(stamp.committeeName)),
    propose('preamble', byName(preamble?.committeeName), preamble?.lines),
    propose('address', byName(addressed?.value), addressed?.line),
    fromStamp(stamp, byCode(stamp.committeeCode)),
    propose('case-code', byCode(code?.value), code?.line),
    ...inText,
  ]
}

export function resolveCommittee(found: Findings): Resolution<Committee> {
  const { messages } = found.context
  const committee = resolve(candidates(found), {
    read: (reference, candidate) => {
      if ('code' in reference) return toCommittee(committeeByCode(reference.code))
      const known = toCommittee(committeeByName(reference.name))
      // A name in the text may be any committee's; a name where the committee is stated should be known.
      if (!known && candidate.rule !== 'named-in-text') {
        messages.warn('committee-unknown', `Committee "${reference.name}" is not in the registry`, undefined, 'committee')
      }
      return known
    },
  })
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
