/**
 * A table the PDF path read from positions whose cells show the marks of a misreading (`layout/pdf/table-doubts.ts`
 * sets `data.positionsDoubted`): the record warns `table-layout-inferred` with the reason, and the record is sent to
 * review, so the table is not taken as read right.
 */
import type { Table } from 'mdast'
import { describe, expect, it } from 'vitest'
import { extractRecord } from '../../src/extract/record.js'
import { parseToTree } from '../../src/index.js'

const LETTER = [
  'Beskæftigelsesudvalget 2022-23',
  'BEU Alm.del',
  'Beskæftigelsesudvalget har den 3. november 2022 stillet følgende spørgsmål nr. 12 (alm. del) til',
  'beskæftigelsesministeren, som hermed besvares.',
  'Spørgsmål nr. 12:',
  'Vil ministeren oplyse udgifterne?',
  'Svar:',
  'Udgifterne fremgår af tabel 1.',
  'Tabel 1. Udgifter, mio. kr.',
  'Ordning\t2022\t2023',
  'Tilskud\t41,0\t43,5',
  'Anlæg\t9,5\t8,0',
  'Kilde: Beskæftigelsesministeriet.',
  'Med venlig hilsen',
  'Peter Hummelgaard',
].join('\n')

async function record(doubt?: string) {
  const { tree } = await parseToTree(LETTER, { requireFolketingDocument: false })
  for (const node of tree.children) {
    if (doubt && node.type === 'table') (node as Table).data = { ...node.data, positionsDoubted: doubt }
  }
  return extractRecord(tree, { source: { path: 'letter.pdf', format: 'pdf', sha256: '0'.repeat(64), pages: 1 } })
}

describe('a table read from positions that looks misread', () => {
  it('warns with the reason and sends the record to review', async () => {
    const doubted = await record('a column heading holds two years: two columns may have been read as one')
    const warning = doubted.warnings.find((candidate) => candidate.code === 'table-layout-inferred')
    expect(warning?.message).toBe(
      "The cells of Tabel 1 were read from where the PDF's text stands, and a column heading holds two years: two columns may have been read as one",
    )
    expect(doubted.quality).toBe('needs-review')
  })

  it('says nothing of a table with no doubt (the same letter)', async () => {
    const plain = await record()
    expect(plain.answer.tables).toHaveLength(1)
    expect(plain.warnings.map((candidate) => candidate.code)).not.toContain('table-layout-inferred')
  })
})
