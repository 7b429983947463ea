/** Whether a line is a unit in brackets alone (`UNIT_LINE`): under a caption it is the caption's, not a heading. */
export declare function isUnitLine(text: string): boolean;
/**
 * Whether the line at `at` is a unit in brackets that closes the caption above it: right after a line that ends the
 * caption (`… 2020-2022` / `(mio. kr.)`), or after a caption's first line of `MIN_CAPTION_WORDS` or more that ends
 * no sentence. (`at` 0 after a label that carries the caption is the caller's to judge.)
 */
export declare function unitClosesCaption(lines: readonly string[], at: number): boolean;
/**
 * How many of the lines before a table body are its caption: up to the first line that ends the caption,
 * plus period lines and a unit in brackets right after it (`(mio. kr.)`, which Word sets under the caption, not in
 * the label column's heading); the rest are column or row headings. A unit line also ends a caption of one line
 * that ends no sentence (`MIN_CAPTION_WORDS`).
 */
export declare function captionEnd(lines: readonly string[]): number;
//# sourceMappingURL=caption.d.ts.map