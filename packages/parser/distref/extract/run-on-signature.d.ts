/**
 * The minister's name and the official's run on after the text's last sentence on one line, as renditions that glue
 * lines (`… den 16. november 2009.Benedikte Kiær/ Mikael Lynnerup Kristensen`) or turn every line break into a space
 * (`… denne objektive finansiering. Eva Kjer Hansen /Aksel Meyer Departementet Holmens Kanal 22 …`) have it: the
 * signature's finder reads the name from it (`signature.ts`), and the answer's text ends before it (`answer.ts`).
 */
/**
 * The last match of `SIGNED_IN_LINE` in `text`: the minister's name, where it starts and where the official's name
 * ends. Undefined where there is none.
 */
export declare function lastSignedInLine(text: string): {
    name: string;
    start: number;
    end: number;
} | undefined;
/** The minister's name of the last such signature in `text` and where it starts; none where prose follows it. */
export declare function runOnSignature(text: string): {
    name: string;
    start: number;
} | undefined;
//# sourceMappingURL=run-on-signature.d.ts.map