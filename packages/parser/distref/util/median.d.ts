/** The middle value (the upper middle of an even count); 0 for none. */
export declare function median(values: readonly number[]): number;
//# sourceMappingURL=median.d.ts.map