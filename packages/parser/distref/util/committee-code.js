/**
 * A committee's code as ft.dk's stamps, running lines and addresses write it: two to four capitals (`BEU`, `ULØ`,
 * `PØU`), or the § 71 supervisory board's `§71` (`§71 Alm.del Spørgsmål 1`; `…/almdel/%c2%a771/…` in an address).
 */
export const COMMITTEE_CODE_PART = String.raw `(?:[A-ZÆØÅ]{2,4}|§\s?71)`;
/** `§ 71` → `§71`; other codes as they stand. */
export function normaliseCommitteeCode(code) {
    return code.replace(/\s+/gu, '');
}
//# sourceMappingURL=committee-code.js.map