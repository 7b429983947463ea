#!/usr/bin/env node
// Writes packages/schema/record.schema.json from the zod schema (run `pnpm schema`).
// `--check` exits 1 when the committed file is stale (used by the test suite).
import { readFileSync, writeFileSync } from 'node:fs'
import { recordJsonSchema } from '../dist/index.js'

const target = new URL('../record.schema.json', import.meta.url)
const text = `${JSON.stringify(recordJsonSchema(), null, 2)}\n`
if (process.argv.includes('--check')) {
  const current = readFileSync(target, 'utf8')
  if (current !== text) {
    console.error('record.schema.json is stale: run `pnpm schema`')
    process.exit(1)
  }
} else {
  writeFileSync(target, text)
}
