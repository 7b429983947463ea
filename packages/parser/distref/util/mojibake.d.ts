/**
 * UTF-8 text that was read as Windows-1252 and written out again ("double-decoded"), as in some older ft.dk
 * renditions, often only in patches: `pÃ¥` for `på`, `Ã¸` for `ø`, `Ã¦` for `æ`, `â€œ` for `“`, `Â§` for `§`.
 *
 * A run of characters is repaired only where the repair is certain: the Windows-1252 bytes the characters stand for
 * are one valid UTF-8 sequence, and it decodes to a letter of the Latin alphabets or a typographic mark (quotes,
 * dashes, `§`, `°`, a no-break space …) — a sequence no Danish text writes on purpose. Two leftovers of the double
 * decoding, where Windows-1252 had no character for a byte and it was lost, are repaired too: `â€` alone (the
 * closing quote `”`, U+201D, whose last byte 0x9D Windows-1252 lacks) and `Â` alone before a space, a line end or a
 * tag (a no-break space, whose 0xA0 was taken for a space and trimmed); and, in a text with such sequences, `Â` inside
 * a word (a soft hyphen, whose 0xAD was dropped).
 */
import type { Messages } from '../messages.js';
export interface MojibakeRepair {
    text: string;
    /** How many sequences were repaired. */
    repaired: number;
    /** The 1-based line of the first repair. */
    firstLine?: number;
}
/** Repair double-decoded UTF-8 in `text` where the repair is certain (see the module comment). */
export declare function repairMojibake(text: string): MojibakeRepair;
/** `text` repaired, with a `text-mojibake-repaired` warning at the first repair where anything was repaired. */
export declare function repairedText(text: string, messages: Messages): string;
//# sourceMappingURL=mojibake.d.ts.map