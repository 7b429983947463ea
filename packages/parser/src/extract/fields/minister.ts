/**
 * The minister asked and the ministry that answers: the preamble's "til …ministeren" (or, in a question letter, the
 * minister addressed alone on a line); the ministry from a letterhead line naming it, else the signature's title,
 * else the minister the question was put to.
 */
import { ministryByName, ministryByTitle } from '../../registry/index.js'
import type { Findings } from '../findings.js'
import { findMinisterLine } from '../head.js'
import type { Line } from '../lines.js'
import { firstLine } from '../provenance.js'
import { type Resolution, propose, resolve } from '../resolve.js'

/** A line that breaks a long name: after "og", a comma or a hyphen ("Udlændinge- og" / "Integrationsministeriet"). */
const BROKEN_NAME = /(?:-|\s(?:og|,))$/u

/** A chair signs a committee's letter: "formand" is a title, not a minister's. */
const CHAIR = /formand/iu

export function resolveRecipient(found: Findings): Resolution<string> {
  const { preamble, documentType, head } = found
  const addressed = documentType === 'question' ? findMinisterLine(head) : undefined
  return resolve([
    propose('preamble-recipient', preamble?.recipient, preamble?.lines),
    propose('minister-addressed', addressed?.value, addressed ? [addressed.line] : undefined),
  ])
}

export function resolveMinistry(found: Findings, recipient: Resolution<string>): Resolution<string> {
  const { context, documentType, signature } = found
  const { lines } = context
  // The ministry named on a sidebar line, or on it and the next where the name breaks.
  const ministryNamed = (line: Line) => {
    const next = lines[line.index + 1]
    const broken = BROKEN_NAME.test(line.text.trim()) && next?.role === 'sidebar'
    return ministryByName(line.text) ?? (broken ? ministryByName(`${line.text.trim()} ${next.text.trim()}`) : undefined)
  }
  const letterhead = documentType === 'question' ? undefined : lines.find((line) => line.role === 'sidebar' && ministryNamed(line))
  const title = signature?.signature.title
  const titleMinistry = title ? ministryByTitle(title) : undefined
  if (title && !titleMinistry && documentType !== 'question' && !CHAIR.test(title)) {
    context.messages.warn(
      'title-unknown',
      `The signature's title "${title}" is not a minister's title in the registry`,
      signature?.lines[1],
      'signature',
    )
  }
  const asked = documentType === 'answer' && recipient.value ? ministryByTitle(recipient.value) : undefined
  return resolve([
    propose('letterhead', letterhead ? ministryNamed(letterhead)?.name : undefined, letterhead),
    propose('signature-title', titleMinistry?.name, signature?.lines[1]),
    propose('question-recipient', asked?.name, firstLine(recipient.from?.where)),
  ])
}
