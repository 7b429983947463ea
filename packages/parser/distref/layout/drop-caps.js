/**
 * A drop cap doubled by an old rendition: the big first letter kept as a letter of its own (once or twice) and the
 * word's text run kept as well, which holds the whole word in some letters and the word without its first letter in
 * others — both end up in the line: `BB Besvarelse esvarelse af spørgsmål nr. 249 …`, `Besvarelse esvarelse af …`,
 * `S Spørgsmål pørgsmål nr. 12:`. The line's start is mended to the word once (`Besvarelse af spørgsmål nr. 249 …`).
 *
 * Only at a line's start (a drop cap opens a paragraph) and only a capitalised word followed by exactly its own rest
 * of four or more letters: `Bent Bent`, `Skat og` stay, and so does `Svar var ikke …` (a rest of three letters is
 * too often a word of its own).
 */
/**
 * Optional drop-cap letters (`BB `, `B `: the word's own capital), the word, its rest again:
 * `BB Besvarelse esvarelse` → groups `B`, `B`, `esvarelse`. Anchored and bounded: linear.
 */
const DOUBLED_DROP_CAP = /^(?:(\p{Lu})\1?\s{1,3}(?=\1))?(\p{Lu})(\p{Ll}{4,30})\s{1,3}\3(?!\p{L})/u;
/** The line with a doubled drop cap at its start mended, or undefined where it has none. */
export function mendDropCap(line) {
    const text = line.trimStart();
    const match = DOUBLED_DROP_CAP.exec(text);
    if (!match)
        return undefined;
    const [whole, , first, rest] = match;
    return `${first}${rest}${text.slice(whole.length)}`;
}
//# sourceMappingURL=drop-caps.js.map