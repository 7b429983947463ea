/**
 * Progress of a batch: a bar with rate and ETA on a terminal (cli-progress), a plain line every few seconds
 * otherwise (logs, CI), nothing with --quiet.
 */
import { SingleBar } from 'cli-progress'

/** Seconds between plain progress lines when stderr is not a terminal. */
const PLAIN_INTERVAL_MS = 5000

export interface Progress {
  tick(failed: boolean): void
  stop(): void
}

export interface ProgressOptions {
  total: number
  quiet: boolean
  stream: NodeJS.WriteStream | { isTTY?: boolean; write(text: string): boolean }
}

export function createProgress({ total, quiet, stream }: ProgressOptions): Progress {
  if (quiet || total === 0) return { tick() {}, stop() {} }
  let done = 0
  let failed = 0
  const started = Date.now()
  if (stream.isTTY) {
    const bar = new SingleBar({
      stream: stream as NodeJS.WriteStream,
      format: 'ft-answers {bar} {percentage}% | {value}/{total} | {rate}/s | ETA {eta_formatted} | failed {failed}',
      hideCursor: true,
      etaBuffer: 50,
    })
    bar.start(total, 0, { rate: '0.0', failed: 0 })
    return {
      tick(isFailure) {
        done++
        if (isFailure) failed++
        const rate = done / Math.max(0.001, (Date.now() - started) / 1000)
        bar.update(done, { rate: rate.toFixed(1), failed })
      },
      stop() {
        bar.stop()
      },
    }
  }
  let last = started
  return {
    tick(isFailure) {
      done++
      if (isFailure) failed++
      const now = Date.now()
      if (now - last < PLAIN_INTERVAL_MS && done < total) return
      last = now
      const seconds = (now - started) / 1000
      const rate = done / Math.max(0.001, seconds)
      const eta = rate > 0 ? Math.round((total - done) / rate) : 0
      stream.write(
        `ft-answers: ${done}/${total} (${Math.round((done / total) * 100)}%) ${rate.toFixed(1)}/s ETA ${eta}s, ${failed} failed\n`,
      )
    },
    stop() {},
  }
}
