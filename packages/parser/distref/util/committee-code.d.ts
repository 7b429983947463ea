/**
 * A committee's code as ft.dk's stamps, running lines and addresses write it: two to four capitals (`BEU`, `ULØ`,
 * `PØU`), or the § 71 supervisory board's `§71` (`§71 Alm.del Spørgsmål 1`; `…/almdel/%c2%a771/…` in an address).
 */
export declare const COMMITTEE_CODE_PART: string;
/** `§ 71` → `§71`; other codes as they stand. */
export declare function normaliseCommitteeCode(code: string): string;
//# sourceMappingURL=committee-code.d.ts.map