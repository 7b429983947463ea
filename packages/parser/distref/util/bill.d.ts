/**
 * The case code of a bill (lovforslag, `L 85`) or a proposal for a resolution (beslutningsforslag, `B 12`), as one
 * pattern source for every regular expression that reads one, and its normal form.
 */
/** `L 85`, `L85`, `B 12`: the letter and the number. */
export declare const BILL_CODE: string;
/** …with the letter of a bill split in parts: `L 135 A`. */
export declare const BILL_CODE_PART: string;
/** `L85` → `L 85`, `L 135A` → `L 135 A`, whitespace collapsed. */
export declare function normaliseBill(raw: string): string;
//# sourceMappingURL=bill.d.ts.map