/**
 * Numbers in Danish notation, as printed in ministry tables.
 *
 * `35.564` and `35 564` → 35564 (a dot or a space groups thousands), `9,8` → 9.8 (comma is the decimal mark),
 * `-1,5`, `−1,5` and `÷1,5` → -1.5 (÷ is the Danish minus in tables), `+3,2` → 3.2, `25,1*` and `25,1 *` → 25.1 (a
 * trailing `*` marks a partial year; a leading one, `*4,3`, a note's figure), a unit before or after is dropped (`kr. 1.234`, `2,5 mio. kr.`, `1,0 pct.-point`),
 * `-`, `–`, `−`, `÷`, `..`, `…`, `n.a.`, `i.o.` alone → null (no value). `1.10` is not a valid grouping and gives null;
 * `124. 800` (a space after the group's point) is 124800.
 * A count or share in brackets after the value is a note (`632 (111)`, `22 (6,1 %)` → 632, 22). `0.09` → 0.09: a point
 * after a lone zero is a decimal point (no thousands group starts with 0), as a table copied from an English source
 * (OECD's) writes it. An amount in whole kroner written with a dash for its øre (`86.000,-`, `kr. 1.500,–`) is the
 * whole number.
 */
export declare function parseDanishNumber(raw: string): number | null;
/** Whether a token reads as a table value (a number or a no-value mark). */
export declare function isNumericToken(raw: string): boolean;
//# sourceMappingURL=numbers.d.ts.map