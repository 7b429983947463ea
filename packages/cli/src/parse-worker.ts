/**
 * The module each worker process of the pool runs (`worker-process.ts` imports it): each input parsed by `work`.
 *
 * The worker first removes the web `DecompressionStream` from its global scope (the process belongs to the pool).
 * pdf.js 5 inflates every Flate stream through it when it exists; in Node that is zlib on the libuv thread pool
 * behind web streams, a round trip between threads for each font and content stream. Without it pdf.js uses its own
 * inflater, in the same thread, with the same bytes out (a test compares every PDF fixture both ways). Measured on
 * 2,000 documents, three rounds each way in turns: one worker 137 → 173 documents/s, two workers 182 → 198, and
 * less CPU in all.
 */
// The parser, loaded as the worker starts rather than with its first input (`worker.ts` imports it lazily).
import '@ft-answers/parser/core'
import { work } from './worker.js'

Reflect.deleteProperty(globalThis, 'DecompressionStream')

export default work
