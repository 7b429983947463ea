import { ASKED_FOR_WORDS } from './asker-sentence.js';
import { COMMITTEE_BEHALF_ABBREVIATION } from './closing.js';
/**
 * The committee signs its own letter: `På udvalgets vegne` (its chair signs), in any case (`PÅ UDVALGETS VEGNE` in
 * older letters; `P.u.v.` abbreviated). Shared with the document type, which reads a committee's signature as a question letter's.
 */
export const COMMITTEE_SIGNS = new RegExp(String.raw `^(?:På\s+udvalgets\s+vegne\b|${COMMITTEE_BEHALF_ABBREVIATION})`, 'iu');
/** Any mention of a member asked for, read or not: then no initiative of the committee's is inferred. */
const MEMBER_ASKED = new RegExp(String.raw `${ASKED_FOR_WORDS}|stillet\s+af|på\s+vegne\s+af`, 'iu');
/** The askers, or — for a committee's question letter naming no member — the committee as the one that asks. */
export function withOwnInitiative(context, documentType, askers) {
    if (documentType !== 'question' || askers.askers.length > 0 || askers.byCommittee)
        return askers;
    const signed = context.lines.find((line) => COMMITTEE_SIGNS.test(line.text));
    if (!signed || context.lines.some((line) => MEMBER_ASKED.test(line.text)))
        return askers;
    return { askers: [], byCommittee: true, line: signed, lines: [signed] };
}
//# sourceMappingURL=own-initiative.js.map