#!/usr/bin/env node
import module from 'node:module'

// Node 22.1+ keeps the compiled code of the modules it loads on disk (under the OS's temporary folder, or where
// NODE_COMPILE_CACHE points; NODE_DISABLE_COMPILE_CACHE=1 turns it off), so every later run — and each worker
// process of this one — starts without compiling the parser and pdf.js again. Node 20 has no such cache: a no-op.
module.enableCompileCache?.()
// Worker processes start with a copy of this environment, and each takes the cache from it.
const cacheDir = module.getCompileCacheDir?.()
if (cacheDir && !process.env.NODE_COMPILE_CACHE) process.env.NODE_COMPILE_CACHE = cacheDir

const { main } = await import('../dist/cli.js')
process.exitCode = await main(process.argv.slice(2))
