import { readFileSync, readdirSync } from 'node:fs'
import { parseFile } from '@ft-answers/parser'
for (const file of readdirSync('/tmp/raw')) {
  const name = file.replace('.txt', '')
  const exp = JSON.parse(readFileSync(`/work/main/fixtures/pdf/${name}/expected.json`, 'utf8'))
  const r = await parseFile(`/tmp/raw/${file}`)
  const simple = (t) =>
    JSON.stringify({ label: t.label, caption: t.caption, header: t.header, rows: t.rows.map((row) => row.map((c) => c.raw)) })
  const want = exp.answer.tables ?? []
  const ok = want.length === r.answer.tables.length && want.every((t, i) => simple(t) === simple(r.answer.tables[i]))
  console.log(ok ? 'OK  ' : 'DIFF', name, r.warnings.map((w) => w.code).join(','))
  if (!ok) {
    console.log('  want', want.map(simple).join(' ').slice(0, 250))
    console.log('  got ', r.answer.tables.map(simple).join(' ').slice(0, 250))
  }
}
