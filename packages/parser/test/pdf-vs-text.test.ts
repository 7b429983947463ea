/**
 * The same document through the PDF path and the text path gives the same fields. Pairs are the PDF fixtures
 * made from a corpus text; letterhead fields the text rendition lacks (stamp, date, J.nr.) are not compared.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import type { FtRecord } from '@ft-answers/schema'
import { describe, expect, it } from 'vitest'
import { parseFile } from '../src/index.js'
import { expectRecord, FIXTURES } from './fixture-harness.js'

const PAIRS: Array<{ pdf: string; text: string; sameAnswer: boolean }> = [
  { pdf: 'pdf/beu-20161-spm128', text: 'seeds/beu-20161-spm128', sameAnswer: false },
  { pdf: 'pdf/beu-20241-spm75', text: 'seeds/beu-20241-spm75', sameAnswer: true },
  { pdf: 'pdf/beu-20211-spm245', text: 'answers/20211_beu_spm245_svar1874075_2559274', sameAnswer: false },
  { pdf: 'pdf/beu-20201-bilag446', text: 'answers/20201_beu_bilag446_2453097_answer_unnumbered_question_ffl22', sameAnswer: false },
  { pdf: 'pdf/beu-20191-l85-spm11', text: 'answers/20191_l85_spm11_svar1626562_2137825', sameAnswer: false },
]

function shared(record: FtRecord) {
  const { kind, number, bill, askedOn, askers, askedByCommittee, text } = record.question
  return { documentType: record.documentType, committee: record.committee, kind, number, bill, askedOn, askers, askedByCommittee, text }
}

function paragraphs(record: FtRecord): string[] {
  return record.answer.blocks.flatMap((block) => (block.type === 'paragraph' ? [block.text] : []))
}

describe('PDF path = text path on the same document', () => {
  for (const pair of PAIRS) {
    it(pair.pdf, async () => {
      const [pdf, text] = await Promise.all([parseFile(`${FIXTURES}${pair.pdf}/input.pdf`), parseFile(`${FIXTURES}${pair.text}/input.txt`)])
      expect(shared(pdf)).toEqual(shared(text))
      // Every paragraph of the (possibly truncated) text rendition is a paragraph of the PDF.
      const pdfParagraphs = paragraphs(pdf)
      for (const paragraph of paragraphs(text).slice(0, -1)) expect(pdfParagraphs).toContain(paragraph)
      if (pair.sameAnswer) expect(pdf.answer.text).toBe(text.answer.text)
    })
  }
})

describe('a text rendition printed to PDF reads as the text does', () => {
  // fixtures/printed: 16 of the 18 corpus answers, 12 of the 13 question letters and training documents of the real
  // corpus, their renditions printed line for line by Chromium (tables one cell per line, letterhead in the text). The document's hand-written expected.json
  // holds for the PDF, except that its tables now have a page: every table starts on page 1 of its printed file
  // (pdftotext -f 1 -l 1 shows "Tabel 1").
  const printed = readdirSync(`${FIXTURES}printed`, { withFileTypes: true }).filter((entry) => entry.isDirectory())
  it('finds the printed renditions, the four with tables among them', () => {
    const names = printed.map((entry) => entry.name)
    expect(names).toHaveLength(34)
    expect(names).toEqual(
      expect.arrayContaining([
        '20191_l85_spm11_svar1626562_2137825',
        '20201_beu_bilag446_2453097_answer_unnumbered_question_ffl22',
        '20201_beu_spm337_svar1779859_2389548',
        '20211_beu_spm245_svar1874075_2559274',
      ]),
    )
  })
  for (const { name } of printed) {
    it(name, async () => {
      const record = await parseFile(`${FIXTURES}printed/${name}/input.pdf`)
      const group = ['answers', 'questions', 'real'].find((candidate) => existsSync(`${FIXTURES}${candidate}/${name}`))
      const expected = JSON.parse(readFileSync(`${FIXTURES}${group}/${name}/expected.json`, 'utf8')) as {
        answer?: { tables?: Array<{ page: number | null }> }
      }
      for (const table of expected.answer?.tables ?? []) table.page = 1
      expect(record.source.format).toBe('pdf')
      expectRecord(record, expected)
    })
  }
})
