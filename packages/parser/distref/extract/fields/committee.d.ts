/**
 * The committee that put the question: named by the stamp, the preamble or an addressee line, else by its code
 * (the stamp's, a case code in the letter) — a name the registry knows wins over any code — and, failing all
 * these, the first committee the text names.
 *
 * Its name is the one in use when the document was written: the name the document gives (the stamp's, which is the
 * name when ft.dk filed it, else the letter's; a committee renamed has an entry per name in the registry), or, where
 * only a code is given, the registry's name for that code in the document's session. Where the stamp files the letter
 * as another case's annex, the letter's own naming comes first.
 */
import type { Committee, QuestionKind } from '@ft-answers/schema';
import { type Findings } from '../findings.js';
import { type Resolution } from '../resolve.js';
export declare function resolveCommittee(found: Findings): Resolution<Committee>;
/**
 * A § 20 question is a member's question to a minister in the chamber, put by no committee: its record names none,
 * even where ft.dk's stamp files the answer with the committee of the minister's field ("Klima-, Energi- og
 * Forsyningsudvalget 2022-23" / "S 231").
 */
export declare function committeeOfKind(committee: Resolution<Committee>, kind: QuestionKind | null): Resolution<Committee>;
//# sourceMappingURL=committee.d.ts.map