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
/** A label alone on its line: one or two words and a colon (`Til:`, `Stillet af:`, `Dato:`). */
const LABEL_ALONE = /^\p{Lu}[\p{L}.]{0,15}(?: [\p{L}.]{1,15})?:$/u;
/** The askers' label: `Stillet af:`, `Spørger:`, and a co-asker's on a § 20 question for oral answer, `Medspørger:`. */
const ASKERS_LABEL = /^(?:Stillet af|Spørger|Spørgere|Spørgsmålsstiller|Medspørgere?):$/u;
/** A question's own label, one of which a column must hold: the minister asked (`Til:`), the askers (`ASKERS_LABEL`). */
const isQuestionLabel = (label) => label === 'Til:' || ASKERS_LABEL.test(label);
/** The most labels a column holds. */
export const MAX_STACKED_LABELS = 6;
/** The longest value a label takes: a name with a party, a minister's title, a date. */
export const MAX_LABEL_VALUE = 80;
/**
 * The lines with a stacked label column's labels joined to their values (`Til:` … `Ældreministeren` → `Til:
 * Ældreministeren`), the value lines dropped. A label line keeps its other properties (its line number). Lines
 * without such a column come back as they are.
 */
export function joinStackedLabels(lines) {
    const out = [];
    let index = 0;
    while (index < lines.length) {
        const count = labelRun(lines, index);
        if (count < 2) {
            out.push(lines[index]);
            index++;
            continue;
        }
        const labels = lines.slice(index, index + count);
        const all = stackedValues(lines, index + count, count) ? lines.slice(index + count, index + 2 * count) : undefined;
        // A label left without a value (`Til:` / `Dato:` / `Stillet af:` over `6. marts 2019` / `Mette Gjerskov (S)`):
        // the values kept to the labels their kinds fit, where only one label can be the empty one.
        const missing = all && fits(labels, all) ? undefined : emptyLabel(labels, lines, index + count);
        const values = missing === undefined ? all : lines.slice(index + count, index + 2 * count - 1);
        if (values) {
            const paired = missing === undefined ? labels : labels.filter((_, at) => at !== missing);
            paired.forEach((label, at) => {
                const value = values[at];
                // Another label's value stands alone, as it did: a `Dato:` there is the question's date, which a letter that
                // quotes the question's head (a § 20 answer) must not take for its own labelled date.
                out.push(isQuestionLabel(label.text.trim()) ? { ...label, text: `${label.text.trim()} ${value.text.trim()}` } : value);
            });
            index += count + values.length;
            continue;
        }
        out.push(lines[index]);
        index++;
    }
    return out;
}
/** A date alone: `6. marts 2019`. */
const DATE_VALUE = /^\d{1,2}\.\s?\p{Ll}{3,9}\.?\s\d{4}$/u;
/** A name and a party in brackets at the end: `Mette Gjerskov (S)`. */
const ASKERS_VALUE = /\([\p{L}-]{1,5}\)\.?$/u;
/** The kind of value a label holds. */
const labelKind = (label) => (label === 'Dato:' ? 'date' : ASKERS_LABEL.test(label) ? 'askers' : 'other');
/** The kind of a value line: a date, a name with a party, anything else. */
const valueKind = (value) => (DATE_VALUE.test(value) ? 'date' : ASKERS_VALUE.test(value) ? 'askers' : 'other');
/** Whether each value is of the kind its label holds, in order. */
function fits(labels, values) {
    return labels.every((label, at) => labelKind(label.text.trim()) === valueKind(values[at]?.text.trim() ?? ''));
}
/**
 * Which one of a column's labels has no value, where the lines from `from` (after the labels), one fewer than the
 * labels, are values that fit the other labels' kinds in order with exactly one label passed over; undefined otherwise.
 */
function emptyLabel(labels, lines, from) {
    const count = labels.length;
    if (count < 3 || !stackedValues(lines, from, count - 1))
        return undefined;
    const values = lines.slice(from, from + count - 1);
    const empty = labels.flatMap((_, at) => fits(labels.filter((__, other) => other !== at), values)
        ? [at]
        : []);
    return empty.length === 1 ? empty[0] : undefined;
}
/** How many labels alone stand in a row from `from` (at most `MAX_STACKED_LABELS`), where one is a question's own. */
function labelRun(lines, from) {
    let count = 0;
    let own = false;
    while (count < MAX_STACKED_LABELS) {
        const text = lines[from + count]?.text.trim();
        // Every line is asked: a label ends in its colon (`LABEL_ALONE`), which most lines do not, told without the pattern.
        if (text === undefined || !text.endsWith(':') || !LABEL_ALONE.test(text))
            break;
        own ||= isQuestionLabel(text);
        count++;
    }
    return own ? count : 0;
}
/** Whether `count` lines from `from` are values: short, none a label, none empty. */
function stackedValues(lines, from, count) {
    for (let at = from; at < from + count; at++) {
        const text = lines[at]?.text.trim();
        if (!text || text.length > MAX_LABEL_VALUE || text.endsWith(':'))
            return false;
    }
    return true;
}
//# sourceMappingURL=stacked-labels.js.map