/**
 * Positioned messages (vfile-message style): what was uncertain, which rule said so, and where.
 */
import type { Warning, WarningCode } from '@ft-answers/schema';
import type { SourceLine } from './tree.js';
export declare class Messages {
    readonly list: Warning[];
    /** Record a warning at a source line (or none), about a record field; `code` is one of the schema's list. */
    warn(code: WarningCode, message: string, place?: SourceLine, field?: string): void;
    /** Record a warning already made (another list's), unless the same one is recorded at the same line. */
    add(warning: Warning): void;
}
//# sourceMappingURL=messages.d.ts.map