import { z } from 'zod'
import { warningCodeSchema } from './warnings.js'

/** Version of the record format; bumped on any breaking change. */
export const schemaVersion = 1 as const

/** A calendar date, ISO 8601 (`2016-11-17`). */
export const isoDateSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected an ISO date (YYYY-MM-DD)')

export const sourceFormatSchema = z.enum(['pdf', 'text', 'html', 'markdown'])

export const sourceSchema = z.object({
  /** The input path as given, or a name the caller chose for in-memory input. */
  path: z.string(),
  format: sourceFormatSchema,
  /** SHA-256 of the input bytes, lowercase hex. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Number of pages (PDF only), else null. */
  pages: z.number().int().nonnegative().nullable(),
})

export const documentTypeSchema = z.enum(['answer', 'question', 'consultation-speech', 'cover-letter', 'unknown'])

export const committeeSchema = z.object({
  /** Folketinget's short code: `BEU`, `AMU`, `FIU`, … */
  code: z.string().min(2),
  /** Name in the nominative: `Beskæftigelsesudvalget`. */
  name: z.string().min(1),
})

export const questionKindSchema = z.enum(['general', 'bill', 'consultation', 'section20'])

export const askerSchema = z.object({
  name: z.string().min(1),
  /** Party abbreviation as written (`EL`, `S`, `SF`, …) or null when none is given. */
  party: z.string().nullable(),
  /** Asked as a non-member of the committee ("ikke-medlem", "MFU"). */
  nonMember: z.boolean(),
})

export const questionSchema = z.object({
  kind: questionKindSchema.nullable(),
  /** The number or letter as written: `"128"`, `"A"`, `"Ø"`. */
  number: z.string().nullable(),
  /** The bill for L-questions: `"L 178"`; the proposal for B-questions (beslutningsforslag): `"B 12"`. */
  bill: z.string().nullable(),
  /** Date of the committee's letter. */
  askedOn: isoDateSchema.nullable(),
  askers: z.array(askerSchema),
  /** True when the question is asked on the committee's own initiative ("efter ønske fra Beskæftigelsesudvalget"). */
  askedByCommittee: z.boolean(),
  /** The minister the question is addressed to, when the document says: `social- og indenrigsministeren`. */
  recipient: z.string().nullable(),
  text: z.string().nullable(),
})

export const tableCellSchema = z.object({
  /** Cell text as printed. */
  raw: z.string(),
  /** The number the cell holds in Danish notation (`35.564` → 35564, `9,8` → 9.8), or null. */
  value: z.number().nullable(),
})

export const tableSchema = z.object({
  /** `Tabel 1`, or null for an unlabelled table. */
  label: z.string().nullable(),
  caption: z.string().nullable(),
  /** Column headings; the first is the heading of the row-label column (often empty). */
  header: z.array(z.string()),
  rows: z.array(z.array(tableCellSchema)),
  /** Text of "Anm.:" notes under the table. */
  notes: z.array(z.string()),
  /** Text of the "Kilde:" line under the table. */
  source: z.string().nullable(),
  /** 1-based page where the table starts (PDF only). */
  page: z.number().int().positive().nullable(),
})

const textBlock = <T extends string>(type: T) => z.object({ type: z.literal(type), text: z.string() })

export const blockSchema = z.discriminatedUnion('type', [
  textBlock('paragraph'),
  textBlock('heading'),
  z.object({ type: z.literal('list'), ordered: z.boolean(), items: z.array(z.string()) }),
  z.object({
    type: z.literal('table'),
    /** Index into `answer.tables`. */
    table: z.number().int().nonnegative(),
  }),
  z.object({
    type: z.literal('figure'),
    label: z.string().nullable(),
    caption: z.string(),
    page: z.number().int().positive().nullable(),
    /** The figure's image on its page, PDF user space `[x0, y0, x1, y1]` (PDF only). */
    bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]).nullable(),
  }),
  textBlock('note'),
  textBlock('source'),
  z.object({ type: z.literal('footnote'), identifier: z.string(), text: z.string() }),
  textBlock('quote'),
])

export const answerSchema = z.object({
  /** Date of the answer letter. */
  answeredOn: isoDateSchema.nullable(),
  /** The answer as plain text, paragraphs separated by a blank line, de-hyphenated. */
  text: z.string(),
  blocks: z.array(blockSchema),
  tables: z.array(tableSchema),
})

export const signatureSchema = z.object({
  name: z.string().min(1),
  title: z.string().nullable(),
})

export const referenceSchema = z.object({
  /** What is referred to: a question (of the kinds above) or an annex (bilag). */
  kind: z.enum(['general', 'bill', 'consultation', 'section20', 'annex']),
  /** As written: `442`, `F`, `A-C`, `58`. */
  number: z.string(),
  /** `L 85` (or `B 12`) for a bill's (or a proposal's) question or annex. */
  bill: z.string().nullable(),
  /** Committee code: `BEU`, `SOU`. */
  committee: z.string().nullable(),
  /** Session when the text says (`folketingsåret 2017-18` → `20171`) or an ft.dk address gives it. */
  session: z.string().nullable(),
  /** The words that made the reference: `BEU alm. del spørgsmål 108`. */
  text: z.string(),
})

export const provenanceSchema = z.object({
  /** Read off the document, derived from other fields, or taken from the input itself. */
  source: z.enum(['document', 'derived', 'input']),
  /** The rule that produced the value: `stamp`, `preamble`, `letterhead`, `question-heading`, `absent`, … */
  rule: z.string(),
  /** How sure the rule is, 0–1. */
  confidence: z.number().min(0).max(1),
  /** First and last line of the source text (1-based; for PDF, lines in reading order). */
  lines: z.tuple([z.number().int().positive(), z.number().int().positive()]).optional(),
  /** Page of the first source line (PDF). */
  page: z.number().int().positive().optional(),
  /** Box around the source lines on that page, PDF user space `[x0, y0, x1, y1]`. */
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]).optional(),
  /** The source text, at most 300 characters. */
  text: z.string().optional(),
})

export const warningSchema = z.object({
  /** One of the listed codes (`warningCodes`): `party-unknown`, `date-partial`, … */
  code: warningCodeSchema,
  message: z.string(),
  /** 1-based line in the input text (text, Markdown, HTML input) or in the page. */
  line: z.number().int().positive().optional(),
  /** 1-based page (PDF input). */
  page: z.number().int().positive().optional(),
  /** The record field the warning is about, as a dotted path: `question.askers`. */
  field: z.string().optional(),
})

export const recordSchema = z.object({
  schemaVersion: z.literal(schemaVersion),
  source: sourceSchema,
  documentType: documentTypeSchema,
  committee: committeeSchema.nullable(),
  /** Folketinget's samling code: `20161` for 2016-17, `20142` for 2014-15 (2. samling). */
  session: z
    .string()
    .regex(/^(19|20)\d{2}[12]$/)
    .nullable(),
  /** The ministry's case number (J.nr./Sagsnr.), spaces removed: `2015-3596`, `16/18581`. */
  caseNumber: z.string().nullable(),
  question: questionSchema,
  answer: answerSchema,
  signature: signatureSchema.nullable(),
  /** The answering ministry, from the letterhead or the signature's title: `Beskæftigelsesministeriet`. */
  ministry: z.string().nullable(),
  /** Other questions and annexes the question and answer refer to, so an archive becomes a graph. */
  references: z.array(referenceSchema),
  /** `needs-review` when a warning says something may be wrong. */
  quality: z.enum(['ok', 'needs-review']),
  /** The codes of the warnings that made the record `needs-review` (empty when `ok`). */
  qualityReasons: z.array(warningCodeSchema),
  warnings: z.array(warningSchema),
  /** Where each field came from, keyed by its path: `committee`, `question.number`, `answer.answeredOn`, … */
  provenance: z.record(z.string(), provenanceSchema),
})

export type SourceFormat = z.infer<typeof sourceFormatSchema>
export type Source = z.infer<typeof sourceSchema>
export type DocumentType = z.infer<typeof documentTypeSchema>
export type Committee = z.infer<typeof committeeSchema>
export type QuestionKind = z.infer<typeof questionKindSchema>
export type Asker = z.infer<typeof askerSchema>
export type Question = z.infer<typeof questionSchema>
export type TableCell = z.infer<typeof tableCellSchema>
export type Table = z.infer<typeof tableSchema>
export type Block = z.infer<typeof blockSchema>
export type Answer = z.infer<typeof answerSchema>
export type Signature = z.infer<typeof signatureSchema>
export type Warning = z.infer<typeof warningSchema>
export type Reference = z.infer<typeof referenceSchema>
export type Provenance = z.infer<typeof provenanceSchema>
/** One parsed document. Named `FtRecord` so it does not shadow TypeScript's `Record`. */
export type FtRecord = z.infer<typeof recordSchema>
