/**
 * `worker-process.js`, the program each worker of the pool runs: the protocol the pool relies on (inputs one at a
 * time in the order sent, a start message before each, a failure reported and the next input still run), and how it
 * ends (a module it cannot run, the pool gone). The pool's behaviour on top of it — time limits, crashes, running
 * out of memory, hand-overs — is tested in batch.test.ts.
 */
import { type ChildProcess, fork } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { deathOf } from '../src/pool.js'

const PROGRAM = fileURLToPath(new URL('../dist/worker-process.js', import.meta.url))

/** An ES module from its source, for the worker to import. */
const moduleOf = (source: string) => `data:text/javascript,${encodeURIComponent(source)}`

/** Each input waits 30 ms and answers its id; an id with "throw" in it throws. */
const ECHO = moduleOf(`export default async (task) => {
  await new Promise((resolve) => setTimeout(resolve, 30))
  if (task.id.includes('throw')) throw new Error('no ' + task.id)
  return { lines: [task.id], path: task.id, warnings: 0 }
}`)

function start(args: string[]): { child: ChildProcess; messages: unknown[]; stderr: () => string; exit: Promise<number | null> } {
  const child = fork(PROGRAM, args, { serialization: 'advanced', stdio: ['ignore', 'ignore', 'pipe', 'ipc'] })
  const messages: unknown[] = []
  let stderr = ''
  child.stderr?.on('data', (chunk) => (stderr += chunk))
  child.on('message', (message) => messages.push(message))
  const exit = new Promise<number | null>((resolve) => child.on('exit', resolve))
  return { child, messages, stderr: () => stderr, exit }
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10))
}

describe('worker-process', () => {
  it('runs the inputs one at a time in the order sent, each announced as it starts', async () => {
    const worker = start([ECHO])
    // Sent at once, before the module has loaded: none may be lost.
    for (const [seq, id] of ['a', 'b', 'c'].entries()) worker.child.send({ type: 'task', seq, task: { id } })
    await until(() => worker.messages.length === 6)
    worker.child.kill()
    expect(worker.messages).toEqual([
      { type: 'start', seq: 0 },
      { type: 'done', seq: 0, output: { lines: ['a'], path: 'a', warnings: 0 } },
      { type: 'start', seq: 1 },
      { type: 'done', seq: 1, output: { lines: ['b'], path: 'b', warnings: 0 } },
      { type: 'start', seq: 2 },
      { type: 'done', seq: 2, output: { lines: ['c'], path: 'c', warnings: 0 } },
    ])
  })

  it('reports an input whose handler throws, and runs the next', async () => {
    const worker = start([ECHO])
    worker.child.send({ type: 'task', seq: 7, task: { id: 'throw-me' } })
    worker.child.send({ type: 'task', seq: 8, task: { id: 'next' } })
    await until(() => worker.messages.length === 4)
    worker.child.kill()
    expect(worker.messages.slice(0, 2)).toEqual([
      { type: 'start', seq: 7 },
      { type: 'failed', seq: 7, message: 'no throw-me' },
    ])
    expect(worker.messages[3]).toEqual({ type: 'done', seq: 8, output: { lines: ['next'], path: 'next', warnings: 0 } })
  })

  it('keeps working through Ctrl-C (the pool decides when its workers stop)', async () => {
    const worker = start([ECHO])
    worker.child.send({ type: 'task', seq: 1, task: { id: 'before' } })
    await until(() => worker.messages.length === 2)
    worker.child.kill('SIGINT')
    worker.child.send({ type: 'task', seq: 2, task: { id: 'after' } })
    await until(() => worker.messages.length === 4)
    worker.child.kill()
    expect(worker.messages[3]).toMatchObject({ type: 'done', seq: 2 })
  })

  it('ends when the pool closes the channel', async () => {
    const worker = start([ECHO])
    worker.child.disconnect()
    expect(await worker.exit).toBe(0)
  })

  it('exits with code 1 and says why when it has no module to run, or the module exports no function', async () => {
    const none = start([])
    expect(await none.exit).toBe(1)
    expect(none.stderr()).toMatch(/the module to run must be its first argument/u)
    const empty = start([moduleOf('export const x = 1')])
    expect(await empty.exit).toBe(1)
    expect(empty.stderr()).toMatch(/has no default export to run/u)
  })
})

describe('deathOf: why a worker died, for the error line', () => {
  it('names the heap limit when V8 ran out of memory', () => {
    const stderr = '<--- Last few GCs --->\n...\nFATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n'
    expect(deathOf(null, 'SIGABRT', stderr, 512)).toBe('it ran out of memory (heap limit 512 MB, --max-memory)')
  })

  it('gives the exit code or signal, with the last line the worker wrote', () => {
    expect(deathOf(1, null, '', 1024)).toBe('it exited with code 1')
    expect(deathOf(null, 'SIGKILL', '', 1024)).toBe('it was ended by SIGKILL')
    expect(deathOf(134, null, 'warning: x\nSegmentation fault in pdf.js\n', 1024)).toBe(
      'it exited with code 134: Segmentation fault in pdf.js',
    )
  })
})
