/**
 * The exit codes of `ft-answers` (the table in the package README is checked against these by a test), and the
 * failures that end a command early, each with its code. A failure is reported as one line on stderr; the
 * command never ends in a stack trace.
 */

/** Every input parsed. */
export const EXIT_OK = 0
/** Some inputs failed; their error lines are in the output. */
export const EXIT_FAILED = 1
/** Usage error: unknown command or option, no inputs, `--out` naming an input, another run writing the output. */
export const EXIT_USAGE = 2
/** The output, the journal or `--errors` could not be written or read (disk full, permissions, a corrupt journal). */
export const EXIT_OUTPUT = 3
/** A bug: an unexpected error inside ft-answers (set `FT_ANSWERS_DEBUG=1` for its stack). */
export const EXIT_INTERNAL = 4
/** Stopped by Ctrl-C / SIGTERM: the output holds what was done; `--resume` continues. */
export const EXIT_INTERRUPTED = 130

/** A failure that ends the command with `exitCode` and the one-line `message`. */
export class CliFailure extends Error {
  readonly exitCode: number
  constructor(message: string, exitCode: number, options?: ErrorOptions) {
    super(message, options)
    this.name = 'CliFailure'
    this.exitCode = exitCode
  }
}

/** The command line asks for something that cannot be done (exit 2); nothing was written. */
export class UsageError extends CliFailure {
  constructor(message: string) {
    super(message, EXIT_USAGE)
    this.name = 'UsageError'
  }
}

/** A file of the output cannot be written or read (exit 3). */
export class OutputError extends CliFailure {
  readonly path: string
  constructor(path: string, cause: unknown, what = 'write') {
    super(`Cannot ${what} ${path}: ${(cause as Error)?.message ?? String(cause)}`, EXIT_OUTPUT, { cause })
    this.name = 'OutputError'
    this.path = path
  }
}
