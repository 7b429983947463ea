/**
 * Field resolution: every rule that can find a field proposes a candidate (a value, the rule, where it was read);
 * one resolver picks the value and its provenance together, so the two cannot disagree.
 *
 * Candidates come most-trusted first: the first one with a value that is accepted wins. (Order, not confidence,
 * decides: the stamp is surer than the preamble, yet the preamble's number is taken first, as it names the question
 * answered; see each field's module for its order.)
 */
import type { Provenance } from '@ft-answers/schema';
import { type Where } from './provenance.js';
import { type RuleId } from './rules.js';
export interface Candidate<T> {
    /** The value the rule found, or nothing (`undefined`, `null`): the rule did not apply. */
    value: T | null | undefined;
    rule: RuleId;
    /** From the rule table. */
    confidence: number;
    where: Where;
}
/** A candidate for `value`, found by `rule` at `where` (nothing: derived from other fields). */
export declare function propose<T>(rule: RuleId, value: T | null | undefined, where?: Where): Candidate<T>;
export interface Resolution<T> {
    /** The value, `null` when no candidate gave one. */
    value: T | null;
    /** The candidate chosen (its value as proposed, before `read`). */
    from: Candidate<unknown> | undefined;
    provenance: Provenance;
    /** The other candidates with a value that differs from the chosen candidate's, in order. */
    rivals: Candidate<unknown>[];
}
export interface ResolveOptions<T, R> {
    /**
     * What a candidate's value stands for, or `undefined` to pass it over (a committee name the registry does not
     * know). Called in order, only until one is accepted.
     */
    read?: (value: T, candidate: Candidate<T>) => R | undefined;
    /** Whether two proposed values agree (default: the same value). */
    same?: (a: T, b: T) => boolean;
}
/** The provenance of a field nothing was found for. */
export declare const ABSENT: Provenance;
/** The first accepted candidate's value, with its provenance and the candidates that disagree with it. */
export declare function resolve<T, R = T>(candidates: readonly Candidate<T>[], options?: ResolveOptions<T, R>): Resolution<R>;
//# sourceMappingURL=resolve.d.ts.map