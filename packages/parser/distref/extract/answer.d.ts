/**
 * The answer: the blocks after "Svar:" (or after the question where there is no heading) up to the closing
 * ("Venlig hilsen"). Tables are gathered with their label, caption, notes ("Anm.:") and source ("Kilde:").
 */
import type { Block, Table as RecordTable } from '@ft-answers/schema';
import type { TableReader } from '../tree.js';
import type { Context } from './context.js';
import { type Line } from './lines.js';
/** What read one of the answer's tables (`data.reader` of its node), and the lines it was read from. */
export interface TableSource {
    reader: TableReader | undefined;
    lines: Line[];
}
export interface AnswerResult {
    blocks: Block[];
    tables: RecordTable[];
    /** One per table, in the order of `tables`. */
    tableSources: TableSource[];
    text: string;
    /** Line index where the answer ends (the closing line), or the line count. */
    end: number;
    /** The answer's first and last lines of running text. */
    lines: Line[];
}
/**
 * A speech paper's opening before the question it quotes: the speech begins after its head (`DET TALTE ORD GÆLDER`
 * / `Taleudkast af 7. februar 2006` / `Indledning` / `· Lad mig straks slå fast …`) and only then quotes its samråd
 * question (`Spørgsmål AA:`) and answers it (`Svar:`). The lines from the first running text after the head (line
 * index `head`) to the question's heading (`question`) are the speech's too; undefined where none runs between.
 */
export declare function speechLead(context: Context, head: number, question: number): {
    from: number;
    to: number;
} | undefined;
/**
 * The answer from `fromIndex` on: 0 means from the first running text, where nothing said where it starts, unless
 * `exact` (a report's text from its head's line, the document's first line too).
 */
export declare function findAnswer(context: Context, fromIndex: number, lead?: {
    from: number;
    to: number;
}, exact?: boolean): AnswerResult;
/**
 * The answer as plain text: one paragraph per block, tables as tab-separated rows, a list's items each on a line —
 * numbered as printed where the list is numbered by digits (`1. Du har …`), else after a dash.
 */
export declare function blocksToText(blocks: readonly Block[], tables: readonly RecordTable[]): string;
//# sourceMappingURL=answer.d.ts.map