/**
 * Pieces of a person's name as committee letters write them, for the patterns that find a member's or a minister's
 * name by its shape (there is no list of members: every Folketing brings new ones). A first name may be double
 * (`Aki-Matilda`, `Anne-Mette`); a later word may be an initial or a name written short (`Karen J. Klint`, `Lars Chr.
 * Lilleholt`), a double surname (`Høegh-Dam`) or come after a lower-case particle (`Lise von Seelen`).
 */

/** The lower-case particles a name may hold between its capitalised words. */
export const NAME_PARTICLES = '(?:von|van|de|la|af|du|le|der|den)'

/**
 * The hyphen of a double name; the text reader may have marked it the word's own with a word joiner after it
 * (`KEPT_HYPHEN` in `hyphenation.ts`, in a line that kept its line ends as spaces: `Ammitzbøll-⁠Bille`); a name read
 * with it is given as written (`asWritten`).
 */
const NAME_HYPHEN = String.raw`-\u2060?`

/** A capitalised word, double or not: `Nielsen`, `Høegh-Dam`. */
const CAPITALISED = String.raw`\p{Lu}\p{Ll}+(?:${NAME_HYPHEN}\p{Lu}\p{Ll}+)?`

/** A first name: capitalised, one word or two joined by a hyphen (`Jan-Erik`). */
export const FIRST_NAME = CAPITALISED

/** A capitalised word of a name after a particle or none: `Nielsen`, `von Seelen`, `Høegh-Dam`. */
export const WHOLE_NAME_WORD = String.raw`(?:${NAME_PARTICLES}\s+)?${CAPITALISED}`

/** First and middle names written short, without their stop: `Chr.`, `Johs.`, `Th.` (`Hans Chr. Schmidt`). */
export const SHORT_NAMES = '(?:Johs|Chr|Jac|Joh|Th|Fr|Wm|Vilh|Kr)'

/** A middle name as an initial or written short: `K.`, `Chr.`, `Th.` */
export const MIDDLE_INITIAL = String.raw`\p{Lu}\p{Ll}{0,3}\.`

/**
 * A person's name: a first name, up to two middle names (whole or short) and a surname, words apart by white space
 * (`Holger K. Nielsen`, `Lars Chr. Lilleholt`, `Lise von Seelen`, `Aki-Matilda Høegh-Dam`, `Kristian Pihl Lorentzen`).
 */
export const PERSON_NAME = String.raw`${FIRST_NAME}(?:\s+(?:${MIDDLE_INITIAL}|${WHOLE_NAME_WORD})){0,2}\s+${WHOLE_NAME_WORD}`

/**
 * A name's next word after white space, where a pattern counts a name's words: a particle or none, then a capitalised
 * word or an initial (`J.`).
 */
export const NEXT_NAME_WORD = String.raw`\s+(?:${NAME_PARTICLES}\s+)?\p{Lu}[\p{L}'’-]*\.?`

/**
 * The rest of a name and anything up to its party's bracket, in a lookahead: no bracket and no stop but an initial's
 * or a short name's (`Karen J. Klint (EL)`, `Hans Chr. Schmidt (V)`), 2–60 characters.
 */
export const NAME_SPAN = String.raw`(?:[^.()]|(?<=\s(?:\p{Lu}|${SHORT_NAMES}))\.){2,60}`
