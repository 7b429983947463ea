/**
 * The case code of a bill (lovforslag, `L 85`) or a proposal for a resolution (beslutningsforslag, `B 12`), as one
 * pattern source for every regular expression that reads one, and its normal form.
 */
/** `L 85`, `L85`, `B 12`: the letter and the number. */
export const BILL_CODE = String.raw `[LB]\s*\d+`;
/** …with the letter of a bill split in parts: `L 135 A`. */
export const BILL_CODE_PART = String.raw `${BILL_CODE}(?:\s*[A-Z])?`;
/** `L85` → `L 85`, `L 135A` → `L 135 A`, whitespace collapsed. */
export function normaliseBill(raw) {
    return raw
        .replace(/\s+/gu, ' ')
        .replace(/^([LB])\s*(\d+)\s*([A-Z]?)$/u, (_, kind, number, letter) => letter ? `${kind} ${number} ${letter}` : `${kind} ${number}`)
        .trim();
}
//# sourceMappingURL=bill.js.map