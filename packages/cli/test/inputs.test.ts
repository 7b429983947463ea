import { copyFile, mkdir, readFile, symlink, writeFile } from 'node:fs/promises'
import { isAbsolute, join } from 'node:path'
import { zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { convertAll, expandInputs, MAX_ZIP_DEPTH } from '../src/index.js'
import { outcome, SEED_75, SEED_128, tempDir } from './run.js'

async function outcomes(inputs: string[]): Promise<Array<[string, string]>> {
  const lines: Array<[string, string]> = []
  for await (const item of convertAll(inputs, { jobs: 1 })) lines.push([item.input.id, outcome(item.line as Record<string, unknown>)])
  return lines
}

/** A zip holding `bytes` under `name`, nested in `depth` - 1 further zips (`z2.zip`, `z3.zip`, …). */
function nested(name: string, bytes: Uint8Array, depth: number): Uint8Array {
  let zip = zipSync({ [name]: bytes })
  for (let level = 2; level <= depth; level++) zip = zipSync({ [`z${level}.zip`]: zip })
  return zip
}

describe('zip archives inside zip archives', () => {
  it('reads the entries of nested archives, each as an input, and refuses nesting deeper than the limit', async () => {
    const dir = await tempDir()
    const seed = new Uint8Array(await readFile(SEED_75))
    const outer = join(dir, 'outer.zip')
    await writeFile(
      outer,
      zipSync({
        'b.txt': new Uint8Array(await readFile(SEED_128)),
        'inner.zip': zipSync({ 'a.txt': seed, 'deeper.zip': zipSync({ 'c.txt': seed }) }),
        'too-deep.zip': nested('d.txt', seed, MAX_ZIP_DEPTH),
        'broken.zip': new TextEncoder().encode('PK\u0003\u0004 not a zip'),
      }),
    )
    expect(await outcomes([outer])).toEqual([
      [`${outer}!b.txt`, 'record 128'],
      [`${outer}!broken.zip`, 'E_ZIP_CORRUPT'],
      [`${outer}!inner.zip!a.txt`, 'record 75'],
      [`${outer}!inner.zip!deeper.zip!c.txt`, 'record 75'],
      // outer.zip is level 1, so too-deep.zip's innermost archive is level MAX_ZIP_DEPTH + 1.
      [`${outer}!too-deep.zip!z${MAX_ZIP_DEPTH}.zip!z${MAX_ZIP_DEPTH - 1}.zip`, 'E_ZIP_UNSAFE'],
    ])
  }, 60_000)

  it('gives each of two entries of one name its own line, from its own bytes', async () => {
    const dir = await tempDir()
    const zip = zipSync({ 'a.txt': new Uint8Array(await readFile(SEED_75)), 'b.txt': new Uint8Array(await readFile(SEED_128)) })
    // Rename b.txt to a.txt in the local header and the central directory (the CRC covers the data only).
    const bytes = Buffer.from(zip)
    for (let at = bytes.indexOf('b.txt'); at >= 0; at = bytes.indexOf('b.txt', at + 1)) bytes.write('a.txt', at)
    const archive = join(dir, 'twice.zip')
    await writeFile(archive, bytes)
    expect(await outcomes([archive])).toEqual([
      [`${archive}!a.txt`, 'record 75'],
      [`${archive}!a.txt`, 'record 128'],
    ])
  }, 60_000)
})

describe('symbolic links, folders and globs', () => {
  it('follows links to files and folders, and reports links to nothing and loops, the same way for a folder and a glob', async () => {
    const dir = await tempDir()
    const tree = join(dir, 'tree')
    await mkdir(join(tree, 'real'), { recursive: true })
    await mkdir(join(dir, 'elsewhere'))
    await copyFile(SEED_75, join(tree, 'real', 'a.txt'))
    await copyFile(SEED_128, join(dir, 'elsewhere', 'b.txt'))
    await symlink(join(tree, 'real', 'a.txt'), join(tree, 'link-to-file.txt'))
    await symlink(join(dir, 'elsewhere'), join(tree, 'link-to-folder'))
    await symlink(join(tree, 'nowhere.txt'), join(tree, 'dangling.txt'))
    await symlink(tree, join(tree, 'real', 'loop'))
    const expected = [
      'unreadable dangling.txt E_READ',
      'file link-to-file.txt',
      'file link-to-folder/b.txt',
      'file real/a.txt',
      'unreadable real/loop E_READ',
    ]
    const describe = async (path: string) =>
      (await expandInputs([path])).map((input) =>
        [input.kind, input.id.slice(tree.length + 1), input.kind === 'unreadable' ? input.code : ''].join(' ').trim(),
      )
    expect(await describe(tree)).toEqual(expected)
    expect(await describe(`${tree}/**/*.txt`)).toEqual(expected)
    const [dangling] = await expandInputs([join(tree, '*.txt')])
    expect(dangling).toMatchObject({ kind: 'unreadable', message: `${join(tree, 'dangling.txt')} is a symbolic link to nothing` })
  })

  it('keeps the paths of an absolute glob absolute', async () => {
    const dir = await tempDir()
    await copyFile(SEED_75, join(dir, 'a.txt'))
    const inputs = await expandInputs([`${dir}/*.txt`])
    expect(inputs.map((input) => input.id)).toEqual([join(dir, 'a.txt')])
    expect(inputs.every((input) => isAbsolute(input.id))).toBe(true)
  })
})
