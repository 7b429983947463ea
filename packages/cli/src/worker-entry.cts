/**
 * The file piscina loads in each thread of the pool: CommonJS, which imports the pool's module (ESM, `worker-thread.ts`
 * or a test's worker, named in `workerData.module`) asynchronously and hands piscina its default export.
 *
 * Why not the ES module itself: piscina `require()`s its task file before it tries `import()`, so on Node 20 an ES
 * module is loaded through require(esm), synchronously. A thread terminated while that module graph is instantiated —
 * the pool destroyed as a short run ends while a thread still starts, a thread stopped at its time limit or memory
 * limit as its replacement starts — takes the whole process down: Node 20.20's `ModuleWrap::InstantiateSync` goes
 * on after the termination to ask the uninstantiated module `IsGraphAsync()`, a V8 fatal error ("must be used on an
 * instantiated module"). Node 24 returns instead. An `import()` is terminated cleanly on both; packages/cli/test/
 * worker-entry.test.ts terminates threads at random points of their start to show it.
 *
 * piscina awaits the export it is handed (`default`, a promise of the task function), so a thread still reports ready
 * only once the parser is loaded, as before.
 */
import threads = require('node:worker_threads')

type Task = (task: unknown) => unknown

const target: unknown = (threads.workerData as { module?: unknown } | undefined)?.module
if (typeof target !== 'string') throw new TypeError('worker-entry: workerData.module must name the module to run')

const task: Promise<Task> = import(target).then((loaded: { default?: unknown }) => {
  if (typeof loaded.default !== 'function') throw new TypeError(`worker-entry: ${target} has no default export to run`)
  return loaded.default as Task
})

export = { __esModule: true, default: task }
