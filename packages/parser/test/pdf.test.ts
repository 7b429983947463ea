import { recordSchema } from '@ft-answers/schema'
import { describe, expect, it } from 'vitest'
import { parseFile } from '../src/index.js'
import { expectRecord, type FixtureCase, fixtureCases } from './fixture-harness.js'
import { KNOWN_FAILURES, KNOWN_FAILURES_RENDITION, KNOWN_FAILURES_RUNS } from './pdf-known-failures.js'

function fixtureIt(name: string, reason: string | undefined, run: () => Promise<void>): void {
  if (reason) it.fails(`${name} — known failure: ${reason}`, run)
  else it(name, run)
}

/** A letter's known failure in one rendition (`input.pdf`, `input.chromium.pdf`, `input.runs.pdf`), if any. */
function knownFailure(name: string, file: string): string | undefined {
  return (
    KNOWN_FAILURES[name] ??
    KNOWN_FAILURES_RENDITION[`${name} ${file}`] ??
    (file === 'input.runs.pdf' ? KNOWN_FAILURES_RUNS[name] : undefined)
  )
}

async function expectPdfFixture(fixture: FixtureCase): Promise<void> {
  const record = await parseFile(fixture.input)
  expect(record.source.format).toBe('pdf')
  expect(recordSchema.safeParse(record).success).toBe(true)
  expectRecord(record, fixture.expected)
}

describe('PDF fixtures: records equal the hand-written expectations', () => {
  const cases = fixtureCases('pdf', 'input.pdf')
  it('finds the PDF fixtures', () => {
    expect(cases.length).toBe(35)
  })
  for (const fixture of cases) fixtureIt(fixture.name, knownFailure(fixture.name, 'input.pdf'), () => expectPdfFixture(fixture))
})

// The same letters typeset by a second engine, Chromium (Skia): the same hand-written expectations apply.
describe('PDF fixtures printed by Chromium: records equal the same hand-written expectations', () => {
  const cases = fixtureCases('pdf', 'input.chromium.pdf')
  it('finds the Chromium-printed fixtures', () => {
    expect(cases.map((fixture) => fixture.name).sort()).toEqual([
      'pdf/beu-20161-spm128',
      'pdf/beu-20191-l85-spm11',
      'pdf/beu-20201-bilag446',
      'pdf/beu-20211-spm245',
      'pdf/beu-20241-spm480-long-table',
      'pdf/beu-20241-spm75',
      'pdf/buvm-20201-ufo-spm32',
      'pdf/evm-20151-eru-spm126',
      'pdf/fm-20211-bou-spm146',
      'pdf/fmn-20201-fou-spm147',
      'pdf/fvm-20231-mof-spm319',
      'pdf/ism-20051-kou-b50-spm6-long-table',
      'pdf/ism-20231-uloe-spm8',
      'pdf/jm-20241-spm671',
      'pdf/kefm-20211-kef-spm209',
      'pdf/kum-20181-kuu-spm89',
      'pdf/mbbl-20111-uui-spm550-small-table',
      'pdf/mfvm-20171-euu-spm9',
      'pdf/mim-20141-miu-spm309',
      'pdf/pka-20211-reu-spm421-annex',
      'pdf/s20-s1188-synthetic',
      'pdf/skm-20222-spm20',
      'pdf/stm-20171-uru-spm96',
      'pdf/sum-20201-spm1190',
      'pdf/synthetic-annex',
      'pdf/synthetic-bare-signature',
      'pdf/synthetic-full-width',
      'pdf/synthetic-group-header',
      'pdf/synthetic-group-header-serif',
      'pdf/synthetic-text-table',
      'pdf/synthetic-wide-table',
      'pdf/trm-20181-spm240',
      'pdf/ufm-20211-ufu-spm191',
      'pdf/uim-20231-spm453',
      'pdf/um-20151-uru-spm198',
      'pdf/vfm-20072-sou-spm272',
    ])
  })
  for (const fixture of cases)
    fixtureIt(`${fixture.name} (Chromium)`, knownFailure(fixture.name, 'input.chromium.pdf'), () => expectPdfFixture(fixture))
})

// The other ministries' letters drawn as Word draws text: every word from several runs, with kerning and character
// spacing between the pieces (fixtures/pdf/make_runs_pdfs.py). The same hand-written expectations apply.
describe('PDF fixtures drawn word by word in pieces: records equal the same hand-written expectations', () => {
  const cases = fixtureCases('pdf', 'input.runs.pdf')
  it('finds the run-split fixtures', () => {
    expect(cases.map((fixture) => fixture.name).sort()).toEqual([
      'pdf/buvm-20201-ufo-spm32',
      'pdf/evm-20151-eru-spm126',
      'pdf/fm-20211-bou-spm146',
      'pdf/fmn-20201-fou-spm147',
      'pdf/fvm-20231-mof-spm319',
      'pdf/ism-20051-kou-b50-spm6-long-table',
      'pdf/ism-20231-uloe-spm8',
      'pdf/jm-20241-spm671',
      'pdf/kefm-20211-kef-spm209',
      'pdf/kum-20181-kuu-spm89',
      'pdf/mfvm-20171-euu-spm9',
      'pdf/mim-20141-miu-spm309',
      'pdf/pka-20211-reu-spm421-annex',
      'pdf/skm-20222-spm20',
      'pdf/stm-20171-uru-spm96',
      'pdf/sum-20201-spm1190',
      'pdf/trm-20181-spm240',
      'pdf/ufm-20211-ufu-spm191',
      'pdf/uim-20231-spm453',
      'pdf/um-20151-uru-spm198',
      'pdf/vfm-20072-sou-spm272',
    ])
  })
  for (const fixture of cases)
    fixtureIt(`${fixture.name} (runs)`, knownFailure(fixture.name, 'input.runs.pdf'), () => expectPdfFixture(fixture))
})
