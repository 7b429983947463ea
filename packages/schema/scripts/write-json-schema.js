#!/usr/bin/env node
// Writes packages/schema/record.schema.json and error.schema.json from the zod schemas (run `pnpm schema`).
// `--check` exits 1 when a committed file is stale (used by the test suite).
import { readFileSync, writeFileSync } from 'node:fs'
import { errorJsonSchema, recordJsonSchema } from '../dist/index.js'

for (const [name, schema] of [
  ['record.schema.json', recordJsonSchema()],
  ['error.schema.json', errorJsonSchema()],
]) {
  const target = new URL(`../${name}`, import.meta.url)
  const text = `${JSON.stringify(schema, null, 2)}\n`
  if (process.argv.includes('--check')) {
    const current = readFileSync(target, 'utf8')
    if (current !== text) {
      console.error(`${name} is stale: run \`pnpm schema\``)
      process.exit(1)
    }
  } else {
    writeFileSync(target, text)
  }
}
