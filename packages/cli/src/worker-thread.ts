/**
 * The module each thread of the pool runs: inputs one at a time (`oneAtATime`), parsed by `work`.
 *
 * The thread first removes the web `DecompressionStream` from its own global scope (only this thread's; the
 * thread belongs to the pool). pdf.js 5 inflates every Flate stream through it when it exists; in Node that is
 * zlib on the libuv thread pool behind web streams, a round trip between threads for each font and content
 * stream. Without it pdf.js uses its own inflater, in the thread, with the same bytes out (a test compares every
 * PDF fixture both ways). Measured on 2,000 documents, three rounds each way in turns: one worker 137 → 173
 * documents/s, two workers 182 → 198, and less CPU in all.
 */
// The parser, loaded as the thread starts rather than with its first input (`worker.ts` imports it lazily).
import '@ft-answers/parser/core'
import { oneAtATime, work } from './worker.js'

Reflect.deleteProperty(globalThis, 'DecompressionStream')

export default oneAtATime(work)
