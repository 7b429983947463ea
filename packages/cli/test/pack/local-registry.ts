/**
 * A read-only npm registry on 127.0.0.1 for the pack-and-install test: the workspace's own packages from the
 * tarballs `pnpm pack` wrote, and every third-party package from the pnpm virtual store (`node_modules/.pnpm`),
 * which holds each installed package's files as its registry tarball had them. npm then installs exactly as a
 * user's `npm install` would — resolving ranges, deduplicating, honouring `--omit=optional` — without network.
 * A package that is not in the store (another platform's binary, an optional dependency never installed) is a
 * 404, which npm tolerates for optional dependencies only.
 */
import { spawn } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'

/** One version of a package the registry serves: its manifest and where its files are. */
interface Served {
  manifest: Record<string, unknown> & { name: string; version: string }
  /** A `.tgz` to send as it is, or a folder to send as an (uncompressed) tar of `package/…`. */
  source: { tarball: string } | { folder: string }
}

export interface LocalRegistry {
  url: string
  close(): Promise<void>
}

/** A tarball's path: `/<name>/-/<base name>-<version>.tgz` (`/@napi-rs/canvas/-/canvas-0.1.100.tgz`). */
const TARBALL_PATH = /^\/(.+)\/-\/[^/]+-([^/]+)\.tgz$/u

/** The package in a virtual-store entry (`zod@4.6.7`, `@napi-rs+canvas@0.1.100`, `x@1.0.0(peer@2.0.0)`). */
function storeEntryName(entry: string): string | undefined {
  const at = entry.indexOf('@', entry.startsWith('@') ? 1 : 0)
  return at > 0 ? entry.slice(0, at).replace('+', '/') : undefined
}

/** Every package version in a pnpm virtual store. */
function virtualStorePackages(virtualStore: string): Served[] {
  const served: Served[] = []
  for (const entry of readdirSync(virtualStore)) {
    const name = storeEntryName(entry)
    if (!name) continue
    const folder = join(virtualStore, entry, 'node_modules', name)
    const manifestPath = join(folder, 'package.json')
    if (!existsSync(manifestPath)) continue
    served.push({ manifest: JSON.parse(readFileSync(manifestPath, 'utf8')) as Served['manifest'], source: { folder } })
  }
  return served
}

/**
 * Send a folder as a tar stream whose entries are `package/…`, as registry tarballs are (GNU tar). The store
 * hard-links files with the same content, which tar would record as links (and npm skips): each is stored whole.
 */
function sendFolder(folder: string, response: ServerResponse): void {
  const args = ['-c', '--hard-dereference', '-C', folder, '--transform', 's,^\\.,package,', '.']
  const tar = spawn('tar', args, { stdio: ['ignore', 'pipe', 'ignore'] })
  response.writeHead(200, { 'content-type': 'application/octet-stream' })
  tar.stdout.pipe(response)
}

/**
 * Start the registry. `tarballs` are the packed workspace packages (`name` → `.tgz` path, with their manifests);
 * they take precedence over a store copy of the same name.
 */
export async function startLocalRegistry(virtualStore: string, tarballs: ReadonlyArray<Served>): Promise<LocalRegistry> {
  const own = new Set(tarballs.map((pkg) => pkg.manifest.name))
  const byName = new Map<string, Map<string, Served>>()
  for (const pkg of [...tarballs, ...virtualStorePackages(virtualStore).filter((pkg) => !own.has(pkg.manifest.name))]) {
    const versions = byName.get(pkg.manifest.name) ?? new Map<string, Served>()
    versions.set(pkg.manifest.version, pkg)
    byName.set(pkg.manifest.name, versions)
  }

  let base = ''
  const tarballPath = (name: string, version: string): string => `/${name}/-/${name.split('/').pop()}-${version}.tgz`

  /** A version's tarball: the packed `.tgz` as it is, or a store folder as a tar stream. */
  const sendTarball = (pkg: Served, response: ServerResponse): void => {
    if ('folder' in pkg.source) {
      sendFolder(pkg.source.folder, response)
    } else {
      response.writeHead(200, { 'content-type': 'application/octet-stream' })
      response.end(readFileSync(pkg.source.tarball))
    }
  }

  /** A package's document (packument): every version's manifest with where its tarball is. */
  const sendPackument = (name: string, versions: Map<string, Served>, response: ServerResponse): void => {
    const manifests = Object.fromEntries(
      [...versions].map(([version, pkg]) => [version, { ...pkg.manifest, dist: { tarball: `${base}${tarballPath(name, version)}` } }]),
    )
    const latest = [...versions.keys()].sort(compareVersions).at(-1)
    response.writeHead(200, { 'content-type': 'application/json' })
    response.end(JSON.stringify({ name, 'dist-tags': { latest }, versions: manifests }))
  }

  const handle = (request: IncomingMessage, response: ServerResponse): void => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://registry').pathname)
    const tarball = TARBALL_PATH.exec(path)
    const pkg = tarball ? byName.get(tarball[1] ?? '')?.get(tarball[2] ?? '') : undefined
    const versions = tarball ? undefined : byName.get(path.slice(1))
    if (pkg) sendTarball(pkg, response)
    else if (versions) sendPackument(path.slice(1), versions, response)
    else response.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}')
  }

  const server = createServer(handle)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url: `${base}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      }),
  }
}

/** Release versions by number (enough for `latest`; prereleases sort by their base version). */
function compareVersions(a: string, b: string): number {
  const parts = (version: string): number[] => version.split(/[.+-]/u).slice(0, 3).map(Number)
  const [x, y] = [parts(a), parts(b)]
  for (let i = 0; i < 3; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0)
  return 0
}

export type { Served as ServedPackage }
