export interface Run {
    text: string;
    /** Left edge. */
    x0: number;
    /** Right edge. */
    x1: number;
    /** Baseline. */
    y: number;
    /** Font size in points. */
    size: number;
    font: string;
}
export declare function toRuns(items: readonly unknown[]): Run[];
//# sourceMappingURL=runs.d.ts.map