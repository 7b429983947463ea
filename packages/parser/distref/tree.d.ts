import type { Root, Table } from 'mdast';
/** A box on a PDF page in PDF user space: `[x0, y0, x1, y1]`, origin bottom-left. */
export type Bbox = [number, number, number, number];
/** What a line is, when the input stage knows it from layout alone. */
export type LineRole = 'page-header' | 'page-footer' | 'sidebar' | 'stamp' | 'footnote';
/** One line of the source, the unit of provenance: every extracted field points back to lines. */
export interface SourceLine {
    /** The line's text as read, without its line break. */
    text: string;
    /** 1-based line in the input text; for PDF, the line's ordinal in reading order. */
    line: number;
    /** 1-based page (PDF). */
    page?: number;
    bbox?: Bbox;
    /** Font size in points (PDF). */
    size?: number;
    bold?: boolean;
    role?: LineRole;
}
/** A line handed to the block builder, with what the input stage knows about breaks. */
export interface LayoutLine extends SourceLine {
    /** Text input that keeps the page's layout: the line with its indentation and inner gaps, for tables. */
    layout?: string;
    /** A paragraph break precedes this line (blank line, vertical gap). */
    breakBefore: boolean;
    /** The line ends its paragraph (short last line, trailing double space). */
    endsParagraph: boolean;
    /**
     * In double-spaced text, where a blank line is every line's own spacing and breaks no paragraph: a blank line
     * stands before this line all the same. Inside a table set one cell per paragraph, that blank line parts two
     * cells, and its absence joins a cell's wrapped lines (`Nominel vækst pct.` / `Oprindelige B2006`).
     */
    spacedBefore?: boolean;
}
/** A table the input stage already recognised from positions or markup. */
export interface LayoutTable {
    kind: 'table';
    table: Table;
    lines: SourceLine[];
}
export type LayoutItem = LayoutLine | LayoutTable;
/**
 * What read a table, kept on its node (`data.reader`) and named in the record's provenance as rule `table:<reader>`:
 * - from text (`layout/text/`): the nine text table readers (`separated`, `period-blocks`, `row-wise`, `label-value`,
 *   `cell-per-line`, `heading-apart`, `column-major`, `column-major-years`, `years-labels-values`, `typed-grid`), cells one per paragraph (`cell-groups`), a label column whose values come after the text that interrupts it
 *   (`split-column`), layout-kept
 *   text by its columns (`layout-columns`), or none of them (`layout-lost`: the cells are lost);
 * - from PDF positions (`layout/pdf/`): columns from drawn rules (`pdf-lattice`) or from the gaps (`pdf-stream`);
 * - from HTML or Markdown markup (`markup`).
 */
export type TableReader = 'separated' | 'period-blocks' | 'row-wise' | 'label-value' | 'cell-per-line' | 'heading-apart' | 'column-major' | 'column-major-years' | 'years-labels-values' | 'typed-grid' | 'word-cells' | 'split-column' | 'cell-groups' | 'layout-columns' | 'layout-lost' | 'pdf-lattice' | 'pdf-stream' | 'markup';
export declare function isLayoutTable(item: LayoutItem): item is LayoutTable;
declare module 'mdast' {
    interface Data {
        /** The source lines the node was built from, in reading order. */
        lines?: SourceLine[];
        /** Table rows as read (one entry a row, cells as printed) when a table came from text lines. */
        uncertain?: string;
        /** A table read from text that lists its cells column by column: which lines are rows and which columns is inferred. */
        columnMajor?: boolean;
        /**
         * A table read from text whose order of cells fits more than one reading (row by row, or column by column):
         * the evidence the reader chose by, for the `table-layout-inferred` warning.
         */
        orderInferred?: string;
        /**
         * A table read from layout-kept text whose heading lines were put over its columns by a guess: why, for the
         * `table-header-inferred` warning.
         */
        headerInferred?: string;
        /**
         * A table read from a PDF's positions whose cells show the marks of a misreading (`layout/pdf/table-doubts.ts`):
         * why, for the `table-layout-inferred` warning.
         */
        positionsDoubted?: string;
        /** On a table: what read it. */
        reader?: TableReader;
        /** On the root of a PDF's tree: each page's size in points. */
        pages?: Array<{
            width: number;
            height: number;
        }>;
        /** On the root of a PDF's tree: images drawn on pages with a figure caption. */
        images?: Array<{
            page: number;
            bbox: Bbox;
        }>;
    }
}
export type { Root };
//# sourceMappingURL=tree.d.ts.map