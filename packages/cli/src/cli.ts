/**
 * The `ft-answers` command. `main(argv)` returns the exit code: 0 all parsed, 1 some inputs failed,
 * 2 usage error.
 */
import { readFile } from 'node:fs/promises'
import { Command, CommanderError } from 'commander'
import { isParseError, parseFile } from '@ft-answers/parser'
import { type SourceFormat, sourceFormatSchema } from '@ft-answers/schema'
import { convertToJsonl } from './convert.js'
import { expandInputs } from './inputs.js'

export const EXIT_OK = 0
export const EXIT_FAILED = 1
export const EXIT_USAGE = 2

export interface Io {
  stdout: (text: string) => void
  stderr: (text: string) => void
}

const defaultIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}

async function version(): Promise<string> {
  const manifest = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
  return manifest.version
}

export async function main(argv: readonly string[], io: Io = defaultIo): Promise<number> {
  let exitCode = EXIT_OK
  const program = new Command()
    .name('ft-answers')
    .description('Danish parliamentary answer documents → validated structured records')
    .version(await version())
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError()

  program
    .command('parse')
    .description('parse one document and print its record as JSON')
    .argument('<file>', 'a PDF, text, HTML or Markdown file')
    .option('--format <format>', 'read the input as pdf | text | html | markdown instead of sniffing')
    .option('--compact', 'print the record on one line')
    .action(async (file: string, options: { format?: string; compact?: boolean }) => {
      let format: SourceFormat | undefined
      if (options.format !== undefined) {
        const checked = sourceFormatSchema.safeParse(options.format)
        if (!checked.success) {
          io.stderr(`error: --format must be one of ${sourceFormatSchema.options.join(', ')}\n`)
          exitCode = EXIT_USAGE
          return
        }
        format = checked.data
      }
      try {
        const record = await parseFile(file, format ? { format } : {})
        io.stdout(`${JSON.stringify(record, null, options.compact ? undefined : 2)}\n`)
      } catch (error) {
        if (!isParseError(error)) throw error
        io.stderr(`${file}: ${error.code}: ${error.message}\n`)
        exitCode = EXIT_FAILED
      }
    })

  program
    .command('convert')
    .description('convert files and folders to one JSON line per input')
    .argument('<paths...>', 'files and folders (folders are read recursively)')
    .requiredOption('--out <file>', 'where to write the JSON lines')
    .option('--quiet', 'print no summary')
    .action(async (paths: string[], options: { out: string; quiet?: boolean }) => {
      const files = await expandInputs(paths)
      if (files.length === 0) {
        io.stderr('error: no input files found\n')
        exitCode = EXIT_USAGE
        return
      }
      const started = Date.now()
      const result = await convertToJsonl(files, options.out)
      if (!options.quiet) {
        const errors = [...result.errors].map(([code, count]) => `${code} ${count}`).join(', ')
        io.stderr(
          `${result.parsed} parsed, ${result.failed} failed${errors ? ` (${errors})` : ''}, ${result.warnings} warnings in ${((Date.now() - started) / 1000).toFixed(1)} s → ${options.out}\n`,
        )
      }
      if (result.failed > 0) exitCode = EXIT_FAILED
    })

  try {
    await program.parseAsync([...argv], { from: 'user' })
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT_OK
      return EXIT_USAGE
    }
    throw error
  }
  return exitCode
}
