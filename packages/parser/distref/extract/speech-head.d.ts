import type { Findings } from './findings.js';
import type { Found } from './letterhead.js';
import type { Line } from './lines.js';
/**
 * The head's lines: those before the first question heading, or before the speech's first line of text, letterhead
 * lines included (`Anledning:` / `FIU alm. del samrådsspørgsmål V`, `til brug for besvarelsen af samrådsspørgsmål BA-BB`).
 */
export declare function speechHeadLines(found: Findings): Line[];
/** The first samråd question the head names as its own (not one it refers to). */
export declare function speechHeadQuestion(head: readonly Line[]): Found<string> | undefined;
//# sourceMappingURL=speech-head.d.ts.map