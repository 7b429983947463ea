/**
 * A committee's own question: the committee's question letter ("Udvalget udbeder sig ministerens besvarelse af
 * følgende spørgsmål:", signed "På udvalgets vegne") names the member it asks for whenever it asks for one ("efter
 * ønske fra …"); a letter that names none was asked on the committee's own initiative.
 */
import type { DocumentType } from '@ft-answers/schema';
import type { Context } from './context.js';
import type { AskersResult } from './preamble.js';
/**
 * The committee signs its own letter: `På udvalgets vegne` (its chair signs), in any case (`PÅ UDVALGETS VEGNE` in
 * older letters; `P.u.v.` abbreviated). Shared with the document type, which reads a committee's signature as a question letter's.
 */
export declare const COMMITTEE_SIGNS: RegExp;
/** The askers, or — for a committee's question letter naming no member — the committee as the one that asks. */
export declare function withOwnInitiative(context: Context, documentType: DocumentType, askers: AskersResult): AskersResult;
//# sourceMappingURL=own-initiative.d.ts.map