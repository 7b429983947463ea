/**
 * Whether a line is a table's title (`TABLE_TITLE`, `BROKEN_DOWN_TITLE`, `UNIT_TITLE`, `COMMA_UNIT_TITLE`), short of a
 * line of prose.
 */
export declare function isTableTitle(text: string): boolean;
//# sourceMappingURL=table-title.d.ts.map