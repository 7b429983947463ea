import { provenanceAt } from './provenance.js';
import { confidenceOf, shownName } from './rules.js';
/** A candidate for `value`, found by `rule` at `where` (nothing: derived from other fields). */
export function propose(rule, value, where) {
    return { value, rule, confidence: confidenceOf(rule), where };
}
/** Has a value: not `null`, `undefined` or `''`. */
function present(value) {
    return value !== null && value !== undefined && value !== '';
}
/** The provenance of a field nothing was found for. */
export const ABSENT = { source: 'derived', rule: 'absent', confidence: confidenceOf('absent') };
/** The first accepted candidate's value, with its provenance and the candidates that disagree with it. */
export function resolve(candidates, options = {}) {
    const read = options.read ?? ((value) => value);
    const same = options.same ?? Object.is;
    for (const candidate of candidates) {
        if (!present(candidate.value))
            continue;
        const value = read(candidate.value, candidate);
        if (value === undefined)
            continue;
        const chosen = candidate.value;
        const rivals = candidates.filter((other) => other !== candidate && present(other.value) && !same(other.value, chosen));
        return {
            value,
            from: candidate,
            provenance: provenanceAt(candidate.where, shownName(candidate.rule), candidate.confidence),
            rivals,
        };
    }
    return { value: null, from: undefined, provenance: { ...ABSENT }, rivals: [] };
}
//# sourceMappingURL=resolve.js.map