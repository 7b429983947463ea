// Setup file: runs before every test file, also where files share a module registry, so each file's temporary
// folders are removed when that file is done.
import { afterAll } from 'vitest'
import { removeTempDirs } from './temp-dirs.js'

afterAll(removeTempDirs)
