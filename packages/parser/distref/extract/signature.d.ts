/**
 * The signature after "Venlig hilsen" / "Med venlig hilsen" (or a committee's "På udvalgets vegne"): the name, then
 * a title when the next line reads as one ("Beskæftigelsesminister", "formand"); a side column the rendition set
 * between the greeting and the name is skipped. Where the letter has no closing, the signature a cover page puts
 * before the question (Justitsministeriet's and Skatteministeriet's letters): after the sentence that sends the
 * answer, the minister's name and the official who signs for the minister ("Peter Hummelgaard / / Morten Holland
 * Heide", "Karen Hækkerup/Anette Görtz").
 */
import type { Signature } from '@ft-answers/schema';
import type { Context } from './context.js';
import { type Line } from './lines.js';
export interface SignatureResult {
    signature: Signature;
    line: Line;
    /** The name line and, when there is one, the title line. */
    lines: Line[];
}
export declare function findSignature(context: Context): SignatureResult | undefined;
//# sourceMappingURL=signature.d.ts.map