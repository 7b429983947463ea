/**
 * Stopping a parse from outside: `parse(input, { signal })`. The parser checks the signal between its stages and
 * per PDF page; an aborted parse throws a `ParseError` — `E_TIMEOUT` when the signal timed out
 * (`AbortSignal.timeout(ms)`), `E_ABORTED` for any other abort. A stage itself is synchronous and is not cut
 * short: its regular expressions run in linear time (`test/regex-safety.test.ts`), so a stage is bounded by the
 * size of the input.
 */
import { ParseError } from './errors.js';
/** Throw the `ParseError` for an aborted signal; nothing when there is no signal or it has not fired. */
export function throwIfAborted(signal) {
    if (!signal?.aborted)
        return;
    const reason = signal.reason;
    const timedOut = reason instanceof Error && reason.name === 'TimeoutError';
    throw new ParseError(timedOut ? 'E_TIMEOUT' : 'E_ABORTED', timedOut ? 'Parsing took longer than its time limit; stopped' : 'Parsing was aborted', { cause: reason });
}
/**
 * Let timers run, then check the signal. Parsing is mostly synchronous, and `AbortSignal.timeout` fires from a
 * timer, so without a turn of the event loop between stages a timed-out signal would never read as aborted.
 */
export async function checkpoint(signal) {
    if (!signal)
        return;
    await new Promise((resolve) => setImmediate(resolve));
    throwIfAborted(signal);
}
//# sourceMappingURL=abort.js.map