/**
 * References to other questions and annexes, as structured links: "BEU alm. del spørgsmål 108 (folketingsåret
 * 2018-19, 2. samling)", "L 85 - samrådsspørgsmål A-C", "jf. L 52 - bilag 58", "SOU alm. del spm. 1", "mit svar på
 * spørgsmål 442", ft.dk addresses of annexes. A bare "spørgsmål 20" is taken to belong to the same case as the
 * document's own question.
 */
import type { Reference } from '@ft-answers/schema';
export interface ReferenceContext {
    /** The document's own question, for bare references ("svaret til spørgsmål 20"). */
    kind: Reference['kind'] | null;
    bill: string | null;
    committee: string | null;
    number: string | null;
}
export declare function findReferences(text: string, context: ReferenceContext, sessionOfDocument: string | null): Reference[];
//# sourceMappingURL=references.d.ts.map