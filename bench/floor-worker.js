// A bare worker process for bench/floor.js: it reads each PDF it is sent and runs pdf.js's getTextContent on every
// page, nothing else, then answers with the page count. It is set up as the CLI's worker processes are: the web
// DecompressionStream removed from its scope (see packages/cli/src/parse-worker.ts), pdf.js loaded through the
// parser's loader with the parser's own load options, inputs one at a time in arrival order.
import { readFile } from 'node:fs/promises'
import { loadPdfjs, PDF_LOAD_OPTIONS } from '../packages/parser/dist/input/pdf-load.js'

Reflect.deleteProperty(globalThis, 'DecompressionStream')
// Loaded before the first input is read; the listener below is set at once, so no input sent meanwhile is lost.
const loading = loadPdfjs()

/** Text of every page of one file, as `parse` would read it, with nothing done to the text. */
async function extract(path) {
  const { getDocument } = await loading
  const data = new Uint8Array(await readFile(path))
  const document = await getDocument({ ...PDF_LOAD_OPTIONS, data }).promise
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number)
    await page.getTextContent()
    page.cleanup()
  }
  const pages = document.numPages
  await document.destroy()
  return pages
}

// The main process keeps up to two paths here, as the CLI's pool does; they are read one after the other.
let queue = Promise.resolve()
process.on('message', (path) => {
  // A file pdf.js cannot read answers -1 (none of the fixtures does), so the run still ends.
  queue = queue.then(async () => process.send?.(await extract(path).catch(() => -1)))
})
