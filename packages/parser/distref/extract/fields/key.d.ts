/**
 * The question's key and its ft.dk address, built only from what the record states (session, committee, kind,
 * number, bill), so that records join with each other and with ft.dk. Either is null when a part it needs is unknown.
 *
 * | kind                | key                      | address under `https://www.ft.dk/samling/`          |
 * | ------------------- | ------------------------ | --------------------------------------------------- |
 * | general (alm. del)  | `20241-BEU-almdel-75`    | `20241/almdel/beu/spm/75/index.htm`                 |
 * | bill (L or B)       | `20191-L141-27`          | `20191/lovforslag/l141/spm/27/index.htm`            |
 * | section20 (§ 20)    | `20031-S-1609`           | `20031/spoergsmaal/s1609/index.htm`                 |
 * | consultation        | `20151-BUU-samspm-H`     | `20151/almdel/buu/samspm/h/index.htm`               |
 * | consultation on a bill | `20191-L85-samspm-A`  | `20191/lovforslag/l85/samspm/a/index.htm`           |
 * | appropriation (aktstk.) | `20241-AKTSTK172-1`   | `20241/aktstykke/aktstk.172/spm/1/index.htm`        |
 * | eu-proposal (KOM)   | `20131-KOM(2013)0173-4`  | `20131/kommissionsforslag/kom(2013)0173/spm/4/index.htm` |
 *
 * docs/record.md lists the same examples; a test checks them.
 */
import type { QuestionKind } from '@ft-answers/schema';
import { type Resolution } from '../resolve.js';
/** Where every question's page lives. */
export declare const FT_SAMLING = "https://www.ft.dk/samling/";
/** The parts of a record a key is built from. */
export interface KeyParts {
    session: string | null;
    /** Committee code: `BEU`. */
    committee: string | null;
    kind: QuestionKind | null;
    number: string | null;
    /** `L 141`, `B 12`, `L 13 A`; the aktstykke (`Aktstk. 172`) or Commission document (`KOM (2013) 0173`) of those kinds. */
    bill: string | null;
}
/** The key and the address of the question `parts` describe; each null when a part it needs is unknown. */
export declare function questionKey(parts: KeyParts): {
    key: string;
    url: string;
} | null;
export interface Keys {
    questionKey: Resolution<string>;
    url: Resolution<string>;
}
/** The record's `questionKey` and `url`, derived from its resolved fields (rule `derived-key`). */
export declare function resolveKeys(parts: KeyParts): Keys;
//# sourceMappingURL=key.d.ts.map