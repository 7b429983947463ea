/**
 * The pool's threads load `worker-entry.cjs`, which imports the module to run. Handed the ES module itself, piscina
 * loads it through require(esm), and on Node 20 a thread terminated while the module graph is instantiated aborts the
 * whole process (a V8 fatal error: a batch test's worker fork died of it on a loaded machine). Threads terminated at
 * points spread over their start must leave this process running.
 */
import { Worker } from 'node:worker_threads'
import { describe, expect, it } from 'vitest'

const ENTRY = new URL('../dist/worker-entry.cjs', import.meta.url)
const WORKER = new URL('../dist/worker-thread.js', import.meta.url)
/** Threads started and terminated; each is stopped at a different point of its start. */
const STARTS = 40
/** The spread of the stops, ms: past a thread's whole start (~150 ms to load the parser on an idle machine). */
const SPREAD_MS = 300

function start(module: URL): Worker {
  return new Worker(ENTRY, { workerData: { module: module.href } })
}

describe('worker-entry', () => {
  it("hands piscina the module's default export, loaded by import()", async () => {
    // Without piscina: the entry's export, read in a thread, is a promise of the module's task function.
    const probe = new Worker(
      `const entry = require(${JSON.stringify(ENTRY.pathname)});
       entry.default.then((task) => require('node:worker_threads').parentPort.postMessage({ esModule: entry.__esModule, kind: typeof task }))`,
      { eval: true, workerData: { module: WORKER.href } },
    )
    const message = await new Promise((resolve, reject) => probe.once('message', resolve).once('error', reject))
    await probe.terminate()
    expect(message).toEqual({ esModule: true, kind: 'function' })
  })

  it('refuses a thread started without the module to run', async () => {
    const thread = new Worker(ENTRY, { workerData: {} })
    const error = await new Promise<Error>((resolve) => thread.once('error', resolve))
    expect(error.message).toMatch(/workerData\.module/u)
  })

  it('survives threads terminated at any point of their start', async () => {
    for (let index = 0; index < STARTS; index++) {
      const thread = start(WORKER)
      thread.on('error', () => {})
      await new Promise((resolve) => setTimeout(resolve, (index * SPREAD_MS) / STARTS))
      await thread.terminate()
    }
    // Reaching this line is the test: a fatal error would have ended the process.
    expect(process.exitCode ?? 0).toBe(0)
  }, 60_000)
})
