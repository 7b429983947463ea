/**
 * The batch's defaults, in a module of their own so that the command line can show them in `--help` without
 * loading the pool, the parser or pdf.js.
 */

/** Per-input time limit in milliseconds. */
export const DEFAULT_TIMEOUT_MS = 60_000

/** Heap limit of each worker in MB. */
export const DEFAULT_MAX_MEMORY_MB = 1024
