/** A committee's question letter that names no member is the committee's own question. */
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

const letter = (request: string) =>
  `Kulturudvalget\n\nTil:\nKulturministeren\n\nDato:\n16. april 2008\n\nUdvalget udbeder sig ministerens besvarelse af følgende spørgsmål:\n\nKUU alm. del\nSpørgsmål 12\n\n${request}\n\nSvar bedes sendt elektronisk.\n\nPå udvalgets vegne\n\nAnne Hansen\nformand\n`

describe('own initiative', () => {
  it('marks a committee question letter with no member named as asked by the committee', async () => {
    const record = await parse(letter('Vil ministeren oplyse tallet?'), { requireFolketingDocument: false })
    expect(record.documentType).toBe('question')
    expect(record.question).toMatchObject({ askers: [], askedByCommittee: true })
  })

  it('does not where a member is named, read or not (near miss)', async () => {
    const named = await parse(letter('Vil ministeren oplyse tallet?\n\nSpørgsmålet er stillet efter ønske fra Ole Bach (V).'), {
      requireFolketingDocument: false,
    })
    expect(named.question).toMatchObject({ askers: [{ name: 'Ole Bach' }], askedByCommittee: false })
    const unread = await parse(letter('Vil ministeren oplyse tallet?\n\nStillet efter ønske fra medlemmer af udvalget.'), {
      requireFolketingDocument: false,
    })
    expect(unread.question.askedByCommittee).toBe(false)
  })
})
