/**
 * The `ft-answers` command. `main(argv)` returns the exit code (`exit-codes.ts`: 0 all parsed, 1 some inputs
 * failed, 2 usage error, 3 output not writable, 4 a bug, 130 interrupted) and never throws: every failure is one
 * line on stderr.
 */
import { readFile, writeFile } from 'node:fs/promises'
import type { SourceFormat } from '@ft-answers/schema'
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander'
import { DEFAULT_MAX_MEMORY_MB, DEFAULT_TIMEOUT_MS } from './defaults.js'
import { CliFailure, EXIT_FAILED, EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, OutputError } from './exit-codes.js'
import { OUTPUT_FORMATS, type OutputFormat } from './output/formats.js'
import { outputFormat, STDOUT } from './output/target.js'

export { EXIT_FAILED, EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_OK, EXIT_OUTPUT, EXIT_USAGE } from './exit-codes.js'

/** Set to print the stack of an internal error (a bug) after its one-line message. */
const DEBUG_VARIABLE = 'FT_ANSWERS_DEBUG'

function positiveInteger(value: string): number {
  const number = Number(value)
  if (!Number.isInteger(number) || number < 1) throw new InvalidArgumentError('must be a whole number ≥ 1')
  return number
}

export interface Io {
  stdout: (text: string) => void
  stderr: (text: string) => void
  /** Where progress goes: a terminal gets a bar, anything else plain lines. */
  stderrStream: { isTTY?: boolean; write(text: string): boolean }
  /** What `parse -` reads (default: process.stdin). */
  stdin?: AsyncIterable<Uint8Array | string>
}

const defaultIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stderrStream: process.stderr,
}

/** The name a record read from stdin (`parse -`) carries as `source.path`. */
const STDIN_NAME = '<stdin>'

/** All of stdin's bytes. */
async function readAll(input: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of input) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk))
  return Buffer.concat(chunks)
}

async function version(): Promise<string> {
  const manifest = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
  return manifest.version
}

/** Messages are one line: a path or a cause with a line break in it is shown with `\\n`. */
function oneLine(text: string): string {
  return text.replace(/\r?\n/gu, '\\n')
}

export async function main(argv: readonly string[], io: Io = defaultIo): Promise<number> {
  io = { ...defaultIo, ...io }
  let exitCode = EXIT_OK
  /** Run a one-file command; a bad input is reported with its code and exits 1, anything else is a bug. */
  const reportingParseErrors = async (file: string, task: () => Promise<void>) => {
    try {
      await task()
    } catch (error) {
      const { isParseError } = await import('@ft-answers/parser')
      if (!isParseError(error)) throw error
      io.stderr(`${file}: ${error.code}: ${error.message}\n`)
      exitCode = EXIT_FAILED
    }
  }
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
    .argument('<file>', 'a PDF, text, HTML or Markdown file, or - for stdin')
    .option('--format <format>', 'read the input as pdf | text | html | markdown instead of sniffing')
    .option('--compact', 'print the record on one line')
    .option('--all', "a record per question the document answers, as a JSON array (default: the first question's)")
    .option('--explain', 'show each field with the rule, confidence and source text it came from')
    .option('--timeout <seconds>', 'time limit (E_TIMEOUT past it)', positiveInteger, DEFAULT_TIMEOUT_MS / 1000)
    .action(async (file: string, options: { format?: string; compact?: boolean; all?: boolean; explain?: boolean; timeout: number }) => {
      // The parser, the schema and the writers load only for the command that runs: `--help` and `--version`
      // answer without them.
      const { sourceFormatSchema } = await import('@ft-answers/schema')
      const { parse, parseAll, parseFile, parseFileAll } = await import('@ft-answers/parser')
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
      await reportingParseErrors(file, async () => {
        const signal = AbortSignal.timeout(options.timeout * 1000)
        const read = format ? { format, signal } : { signal }
        const stdin = file === STDOUT ? await readAll(io.stdin ?? process.stdin) : undefined
        const named = { ...read, path: STDIN_NAME }
        // Without --all, the first question's record, as `parse` gives it (warning question-multiple if there are more).
        const output = stdin
          ? await (options.all ? parseAll : parse)(stdin, named)
          : await (options.all ? parseFileAll : parseFile)(file, read)
        const { explain } = await import('./explain.js')
        io.stdout(
          options.explain
            ? (Array.isArray(output) ? output : [output]).map(explain).join('\n')
            : `${JSON.stringify(output, null, options.compact ? undefined : 2)}\n`,
        )
      })
    })

  program
    .command('inspect')
    .description('draw how a PDF was read: lines by role, table regions, where each field came from')
    .argument('<file>', 'a PDF')
    .requiredOption('--html <file>', 'where to write the page')
    .action(async (file: string, options: { html: string }) => {
      await reportingParseErrors(file, async () => {
        const { inspectData, inspectHtml } = await import('./inspect.js')
        const html = inspectHtml(await inspectData(file))
        await writeFile(options.html, html).catch((error: unknown) => {
          throw new OutputError(options.html, error)
        })
        io.stderr(`wrote ${options.html}\n`)
      })
    })

  program
    .command('convert')
    .description('convert files, folders, globs and zip archives; a record per question each input answers, in input order')
    .argument('<paths...>', 'files, folders (read recursively), glob patterns, .zip archives')
    .requiredOption('--out <path>', 'output file: .jsonl, .json, .csv or .parquet picks the format; - is JSONL on stdout')
    .addOption(
      new Option('--format <format>', 'output format, where --out does not name it (default jsonl; md writes a folder)').choices([
        ...OUTPUT_FORMATS,
      ]),
    )
    .option('--jobs <n>', 'worker processes (default: the number of cores)', positiveInteger)
    .option('--timeout <seconds>', 'per-input time limit', positiveInteger, DEFAULT_TIMEOUT_MS / 1000)
    .option('--max-memory <mb>', 'heap limit of each worker in MB', positiveInteger, DEFAULT_MAX_MEMORY_MB)
    .option('--resume', 'skip inputs already in the output (same path and content hash) and append the rest')
    .option('--errors <file>', 'also list failed inputs here, one JSON line each')
    .option('--quiet', 'no progress and no summary')
    .action(
      async (
        paths: string[],
        options: {
          out: string
          format?: OutputFormat
          jobs?: number
          timeout: number
          maxMemory: number
          resume?: boolean
          errors?: string
          quiet?: boolean
        },
      ) => {
        const format = outputFormat(options.out, options.format)
        const controller = new AbortController()
        const onSignal = () => controller.abort()
        process.once('SIGINT', onSignal)
        process.once('SIGTERM', onSignal)
        try {
          const { runConvert } = await import('./convert.js')
          const summary = await runConvert(
            {
              paths,
              out: options.out,
              format,
              stdout: io.stdout,
              resume: options.resume === true,
              quiet: options.quiet === true,
              timeoutMs: options.timeout * 1000,
              maxMemoryMb: options.maxMemory,
              signal: controller.signal,
              ...(options.jobs ? { jobs: options.jobs } : {}),
              ...(options.errors ? { errors: options.errors } : {}),
            },
            io.stderrStream,
          )
          if (summary.inputs === 0) {
            io.stderr('error: no input files found\n')
            exitCode = EXIT_USAGE
            return
          }
          if (!options.quiet) {
            const { summaryLines } = await import('./summary.js')
            const written = options.out === STDOUT ? 'stdout' : format === 'md' ? options.out : summary.written.join(', ') || options.out
            for (const line of summaryLines(summary, { written, errorsFile: options.errors !== undefined })) io.stderr(line)
            if (summary.interrupted) io.stderr(`interrupted: run the same command with --resume to convert the rest\n`)
          }
          if (summary.interrupted) exitCode = EXIT_INTERRUPTED
          else if (summary.failed > 0) exitCode = EXIT_FAILED
        } catch (error) {
          if (error instanceof OutputError) {
            throw new CliFailure(`${error.message}; what was written before stays valid`, error.exitCode, { cause: error })
          }
          throw error
        } finally {
          process.off('SIGINT', onSignal)
          process.off('SIGTERM', onSignal)
        }
      },
    )

  try {
    await program.parseAsync([...argv], { from: 'user' })
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT_OK
      return EXIT_USAGE
    }
    if (error instanceof CliFailure) {
      io.stderr(`error: ${oneLine(error.message)}\n`)
      return error.exitCode
    }
    const message = error instanceof Error ? error.message : String(error)
    io.stderr(`error: internal error (a bug in ft-answers, please report it): ${oneLine(message)}\n`)
    if (process.env[DEBUG_VARIABLE] && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`)
    return EXIT_INTERNAL
  }
  return exitCode
}
