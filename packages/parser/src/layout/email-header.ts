/**
 * An e-mail's header filed as a document (`Fra:` / `Nordic Seminar 2023 […]` / `Sendt:` / `18. september 2023 10:56` /
 * `Til:` / … / `Emne:` / `Invitation til Nordisk Seminar …`): the mail program's fields, no part of the text under
 * them — the subject's value least of all, which reads as the mail's first sentence.
 */
import type { SourceLine } from '../tree.js'

/** The sender's label that opens a header: Danish or Norwegian, English or Swedish, as mail programs print them. */
export const EMAIL_FROM = /^(?:Fra|From|Från):/u

/** The date's label (`Sendt:`, `Sent:`, `Skickat:`), as a pattern's source to build on. */
export const SENT_LABEL = '(?:Sendt|Sent|Skickat):'

/** The date's label opening a line, which makes the labels a mail's header (within `HEADER_START_LINES` of the sender's). */
const SENT = new RegExp(`^${SENT_LABEL}`, 'u')

/** A header's labels, with or without their value on the line. */
const HEADER_LABEL =
  /^(?:Fra|From|Från|Sendt|Sent|Skickat|Til|To|Cc|Bcc|Emne|Subject|Ämne|Vedhæftede filer|Attachments|Prioritet|Importance):/u

/** How many lines after the sender's label its date's label may stand (a value between). */
const HEADER_START_LINES = 3

/** How many lines a header's field may run over: the label alone, its value on the next line. */
const VALUE_LINES = 1

/**
 * Marks an e-mail's header — each label and the value on the line after a label that stands alone — as `sidebar`,
 * where a sender's label is followed by a date's within `HEADER_START_LINES` lines. Blank lines between are passed
 * over. Mutates `lines`.
 */
export function markEmailHeaders(lines: SourceLine[]): void {
  for (let at = 0; at < lines.length; at++) {
    const from = lines[at] as SourceLine
    if (from.role || !EMAIL_FROM.test(from.text.trim())) continue
    const filled = filledAfter(lines, at, HEADER_START_LINES + 1)
    if (!filled.some((index) => SENT.test((lines[index] as SourceLine).text.trim()))) continue
    let index = at
    while (index < lines.length) {
      const line = lines[index] as SourceLine
      const text = line.text.trim()
      if (text === '') {
        index++
        continue
      }
      if (!HEADER_LABEL.test(text)) break
      line.role ??= 'sidebar'
      index++
      // The label alone: its value is the next line that holds text.
      if (/:$/u.test(text)) {
        const value = filledAfter(lines, index - 1, VALUE_LINES + 1)[0]
        if (value === undefined || HEADER_LABEL.test((lines[value] as SourceLine).text.trim())) continue
        ;(lines[value] as SourceLine).role ??= 'sidebar'
        index = value + 1
      }
    }
    at = index - 1
  }
}

/** The indices of the next lines after `at` that hold text, up to `count` of them (blank lines passed over). */
function filledAfter(lines: readonly SourceLine[], at: number, count: number): number[] {
  const found: number[] = []
  for (let index = at + 1; index < lines.length && found.length < count; index++) {
    if ((lines[index] as SourceLine).text.trim() !== '') found.push(index)
  }
  return found
}
