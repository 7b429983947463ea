// The benches' documents: fixture inputs, and folders of numbered copies of them.
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

const fixtures = new URL('../fixtures/', import.meta.url).pathname

/** The inputs of every case in the fixture `groups` whose file name passes `test` (default: `input.*`). */
export function fixtureInputs(groups, test = (name) => name.startsWith('input.')) {
  return groups.flatMap((group) =>
    readdirSync(join(fixtures, group), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .flatMap((entry) =>
        readdirSync(join(fixtures, group, entry.name))
          .filter(test)
          .map((name) => join(fixtures, group, entry.name, name)),
      ),
  )
}

/**
 * `count` copies of `sources` in turn, numbered, in `folder` (in sub-folders of `shard` files when given, as an
 * archive is); returns the copies' paths in order.
 */
export function copyCorpus(sources, count, folder, shard) {
  const paths = []
  for (let index = 0; index < count; index++) {
    const source = sources[index % sources.length]
    const dir = shard ? join(folder, String(Math.floor(index / shard)).padStart(3, '0')) : folder
    mkdirSync(dir, { recursive: true })
    const path = join(dir, `${String(index).padStart(6, '0')}${source.slice(source.lastIndexOf('.'))}`)
    copyFileSync(source, path)
    paths.push(path)
  }
  return paths
}
