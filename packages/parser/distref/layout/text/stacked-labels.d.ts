/**
 * A question letter's field labels set as a column of their own, flattened by PDF-to-text into the labels one under
 * the other and their values after them in the same order:
 *
 *     Til:                          Til: Ældreministeren
 *     Dato:                         Dato: 16. oktober 2017
 *     Stillet af:            →      Stillet af: Kirsten Normann Andersen (SF)
 *     Ældreministeren
 *     16. oktober 2017
 *     Kirsten Normann Andersen (SF)
 *
 * (the Folketing's § 20 question letters, 2010s). A question's own label (the minister asked, the asker) is joined
 * with its value, so that the finders read the fields as a letter that sets them side by side (`Til:
 * Transportministeren`, `Stillet af: …`); another label's value stays alone on its line, as it stood (`16. oktober
 * 2017`: the question's date, which a § 20 answer quoting the question's head must not read as its own `Dato:`), and
 * the label is dropped. A column with no question label (a letterhead's `Dato:` / `Enhed:` / `Sagsnr.:`) is read
 * where it stands.
 */
/** The most labels a column holds. */
export declare const MAX_STACKED_LABELS = 6;
/** The longest value a label takes: a name with a party, a minister's title, a date. */
export declare const MAX_LABEL_VALUE = 80;
/**
 * The lines with a stacked label column's labels joined to their values (`Til:` … `Ældreministeren` → `Til:
 * Ældreministeren`), the value lines dropped. A label line keeps its other properties (its line number). Lines
 * without such a column come back as they are.
 */
export declare function joinStackedLabels<T extends {
    text: string;
}>(lines: readonly T[]): T[];
//# sourceMappingURL=stacked-labels.d.ts.map