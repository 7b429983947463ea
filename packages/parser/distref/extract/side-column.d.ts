import type { Line } from './lines.js';
/**
 * A line that breaks a ministry's name: after "og", a comma or a hyphen (`Udlændinge- og` / `Integrationsministeriet`,
 * `Ministeriet for Børn,` / `Undervisning og Ligestilling`).
 */
export declare const BROKEN_NAME: RegExp;
/** Whether a line opens with a street address, its postcode and town after it (`ADDRESS_START`). */
export declare function opensWithAddress(text: string): boolean;
/**
 * Whether `line` reads as part of a letterhead's side column (or a page's footer), not as text of the letter.
 * `lines` (the line view `line` is from) lets a ministry's name broken over two lines count on both.
 */
export declare function isSideColumnLine(line: Line, lines?: readonly Line[]): boolean;
/** A ministry's name or title with a glued "og" parted again: `ERHVERVS- OGVÆKST…` → `ERHVERVS- OG VÆKST…`. */
export declare function withOgApart(text: string): string;
/**
 * The ministry a line names, alone (or with the unit that writes after it: `NAME_AND_UNIT`) or broken over it and the
 * next line (`Uddannelses- og` / `Forskningsministeriet`).
 */
export declare function ministryNamedAt(lines: readonly Line[], line: Line): {
    name: string;
    last: Line;
} | undefined;
//# sourceMappingURL=side-column.d.ts.map