/** Whether `word` (lowercase) is on the word list. */
export declare function isListedWord(word: string): boolean;
/**
 * `text` with each word a stray space broke joined, where neither half is a listed word and the two as one are
 * (`ikkemedlem af udv alget Pia Kjærsgaard` → `… udvalget …`; not `over tid`, nor `Plan tage`). For the short texts a
 * finder reads its phrases in (an asker's sentence): the question's and answer's texts keep their words as printed.
 */
export declare function withStraySpacesJoined(text: string): string;
//# sourceMappingURL=word-list.d.ts.map