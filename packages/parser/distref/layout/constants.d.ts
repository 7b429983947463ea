/**
 * Layout thresholds, each with the observation behind it. Text thresholds are in characters; PDF
 * thresholds are relative to the font size of the line they judge.
 */
export declare const TEXT_LAYOUT: {
    /** Share of content lines followed by an empty line above which text is "double-spaced" (seen: 100% in pdftotext-style seeds, 0% in HTML renditions). */
    readonly doubleSpacedShare: 0.6;
    /**
     * Share of content lines ending in two or more spaces above which trailing spaces say nothing about paragraph
     * ends: the converter padded every line (in the corpus texts at most 18% of lines end so, where they mark real breaks).
     */
    readonly paddedLinesShare: 0.8;
    /** Lines shorter than this are not used to measure the column width (headings, names, numbers). */
    readonly minProseLine: 30;
    /** Percentile of line lengths taken as the full column width (robust to a few glued long lines). */
    readonly widthPercentile: 0.9;
    /** A line shorter than this share of the width that ends a sentence ends its paragraph (last lines run 5–70%, full lines 85–100%). */
    readonly shortLineRatio: 0.8;
    /** The next line's first word fits when the line plus the word stays under this share of the width (proportional fonts vary ~5%). */
    readonly fitRatio: 0.95;
    /** A line much longer than the column is a glued paragraph (older renditions put one paragraph a line). */
    readonly gluedParagraphRatio: 2.5;
    /** Inside a table region, a text line at least this long is prose again (table labels run to ~45). */
    readonly tableProseLine: 60;
};
export declare const PDF_LAYOUT: {
    /** Two items share a line when their baselines differ by less than this × the smaller font size (pdfplumber uses 3 pt at ~11 pt). */
    readonly sameLine: 0.3;
    /** A gap wider than this × font size between items is a word space (pdf.js inserts spaces at ~0.1). */
    readonly wordGap: 0.15;
    /** A gap wider than this × font size between items on one line separates table cells / columns. */
    readonly cellGap: 1.2;
    /**
     * Items this close (× font size), one of them holding a word, are words of one phrase: producers that place
     * every word on its own (pdfkit, some Word exports) give an item per word, LibreOffice and Chromium one per
     * phrase. A word space is 0.25–0.28 em (Times, Liberation Sans); LibreOffice's default cell padding leaves ~0.5 em
     * between adjacent cells' text at 11 pt (less at 12 pt), Word's ~1 em: so 0.4, not more.
     */
    readonly phraseGap: 0.4;
    /** A baseline step larger than this × the body line pitch is a paragraph break (12.7 pt in a paragraph vs 18.3 pt between, at 11 pt). */
    readonly paragraphGap: 1.3;
    /** A line whose right edge stops this × font size short of the column's right edge ends its paragraph. */
    readonly shortLine: 3;
    /** …in justified text, where only last lines stop short of the edge. */
    readonly shortLineJustified: 1;
    /** A line ending within this many points of the column's right edge is flush with it. */
    readonly flushTolerance: 0.75;
    /** Text is justified when at least this share of its body-size lines are flush with the right edge. */
    readonly justifiedShare: 0.5;
    /** Text smaller than this × the body font size is small print (footnotes, sidebar). */
    readonly smallText: 0.9;
    /** Share of the page height at the top and bottom where repeated lines are page headers/footers. */
    readonly marginBand: 0.12;
};
//# sourceMappingURL=constants.d.ts.map