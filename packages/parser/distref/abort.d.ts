/** Throw the `ParseError` for an aborted signal; nothing when there is no signal or it has not fired. */
export declare function throwIfAborted(signal: AbortSignal | undefined): void;
/**
 * Let timers run, then check the signal. Parsing is mostly synchronous, and `AbortSignal.timeout` fires from a
 * timer, so without a turn of the event loop between stages a timed-out signal would never read as aborted.
 */
export declare function checkpoint(signal: AbortSignal | undefined): Promise<void>;
//# sourceMappingURL=abort.d.ts.map