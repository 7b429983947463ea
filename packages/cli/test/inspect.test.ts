import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../../../test/temp-dirs.js'
import { EXIT_FAILED, EXIT_OK, EXIT_OUTPUT, inspectData, main } from '../src/index.js'

const FIXTURES = new URL('../../../fixtures/', import.meta.url).pathname
const PDF = `${FIXTURES}pdf/beu-20191-l85-spm11/input.pdf`
const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path))

async function run(argv: string[]) {
  let stderr = ''
  const code = await main(argv, { stdout: () => {}, stderr: (text) => (stderr += text), stderrStream: { isTTY: false, write: () => true } })
  return { code, stderr }
}

describe('ft-answers inspect', () => {
  it('collects the lines by role, the table regions and the boxes of the fields', async () => {
    const data = await inspectData(PDF)
    expect(data.pages).toEqual([{ width: expect.closeTo(595.3, 0), height: expect.closeTo(841.9, 0) }])
    expect(data.tables).toHaveLength(1)
    expect(data.tables[0]).toMatchObject({ page: 1, label: 'Tabel 1', rows: 6, columns: 10 })
    const roles = new Set(data.lines.map((line) => line.role))
    expect([...roles].sort()).toEqual(['body', 'heading', 'page-footer', 'sidebar', 'stamp'])
    expect(data.lines.find((line) => line.text === 'der modtager dagpenge')?.role).toBe('page-footer')
    expect(data.fields.find((field) => field.field === 'caseNumber')).toMatchObject({ value: '2019-7507', page: 1 })
  })

  it('renders each page as a PNG at 1.5 pixels per point', async () => {
    const data = await inspectData(PDF)
    expect(data.images).toHaveLength(1)
    const png = Buffer.from((data.images[0] ?? '').replace(/^data:image\/png;base64,/u, ''), 'base64')
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
    // IHDR: width and height, big-endian, at bytes 16 and 20: A4 (595.3 × 841.9 pt) × 1.5, rounded up.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([893, 1263])
  })

  it('gives every question of a document answering several, its fields named by record', async () => {
    // The samråd speech answering samrådsspørgsmål E and F, printed to PDF (fixtures/printed).
    const data = await inspectData(`${FIXTURES}printed/20151_beu_spm89_svar1278438_1567818_samraadstale/input.pdf`)
    expect(data.records.map((record) => [record.question.kind, record.question.number])).toEqual([
      ['consultation', 'E'],
      ['consultation', 'F'],
    ])
    const numbers = data.fields.filter((field) => field.field.endsWith(' question.number'))
    expect(numbers.map((field) => [field.field, field.value, field.record])).toEqual([
      ['#1 question.number', 'E', 0],
      ['#2 question.number', 'F', 1],
    ])
  })

  it('names the fields of a one-question letter without a record number', async () => {
    const data = await inspectData(PDF)
    expect(data.records).toHaveLength(1)
    expect(data.fields.every((field) => !field.field.startsWith('#') && field.record === 0)).toBe(true)
  })

  it('says so when the page cannot be written', async () => {
    const { code, stderr } = await run(['inspect', PDF, '--html', '/nonexistent-folder/inspect.html'])
    expect(code).toBe(EXIT_OUTPUT)
    expect(stderr).toMatch(/^error: Cannot write \/nonexistent-folder\/inspect\.html: ENOENT/u)
  })

  it('refuses input that is not a PDF', async () => {
    const dir = await tempDir('inspect')
    const { code, stderr } = await run(['inspect', `${FIXTURES}seeds/beu-20241-spm75/input.txt`, '--html', join(dir, 'x.html')])
    expect(code).toBe(EXIT_FAILED)
    expect(stderr).toMatch(/E_NOT_PDF/)
  })

  it.skipIf(!CHROMIUM)(
    'opens in headless Chromium and draws the table region of the fixture',
    async () => {
      const dir = await tempDir('inspect')
      const html = join(dir, 'inspect.html')
      expect((await run(['inspect', PDF, '--html', html])).code).toBe(EXIT_OK)
      expect(await readFile(html, 'utf8')).not.toMatch(/class="table-region"/) // drawn by the page's script, not written
      const dom = execFileSync(
        CHROMIUM as string,
        [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          `--user-data-dir=${join(dir, 'profile')}`,
          '--dump-dom',
          `file://${html}`,
        ],
        { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 60_000 },
      )
      expect(dom).toMatch(/<body[^>]*data-drawn="true"/u)
      expect(dom).toMatch(/<image [^>]*href="data:image\/png;base64,[^"]{1000,}"[^>]*class="page-image"/u)
      const regions = [...dom.matchAll(/<rect [^>]*class="table-region"[^>]*>/gu)].map((match) => match[0])
      expect(regions).toHaveLength(1)
      expect(regions[0]).toMatch(/data-label="Tabel 1"/u)
      const height = Number(/height="([\d.]+)"/u.exec(regions[0] ?? '')?.[1])
      expect(height).toBeGreaterThan(50) // six rows of the table, not a line
      expect(dom).toMatch(/<rect [^>]*class="field"[^>]*data-field="caseNumber"/u)
      expect((dom.match(/<g class="line role-sidebar">/gu) ?? []).length).toBeGreaterThan(5)
    },
    90_000,
  )
})
