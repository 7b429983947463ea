/**
 * The record format. Every field says what it means with `.describe()`, so the descriptions reach the JSON Schema
 * (`record.schema.json`) as well as zod's registry; a test holds every property of the JSON Schema to having one.
 */
import { z } from 'zod'
import { warningCodeSchema } from './warnings.js'

/** Version of the record format; bumped on any breaking change. */
export const schemaVersion = 2 as const

/** A calendar date (JSON Schema `format: "date"`); impossible days such as `2023-02-31` are refused. */
export const isoDateSchema = z.iso.date().describe('A calendar date, ISO 8601: `2016-11-17`.')

/** A box on a PDF page: `[x0, y0, x1, y1]` in user space. */
const bboxSchema = z.tuple([z.number(), z.number(), z.number(), z.number()])

export const sourceFormatSchema = z
  .enum(['pdf', 'text', 'html', 'markdown'])
  .describe('The input format: sniffed from the bytes, then the name (or as the caller declared it).')

export const sourceSchema = z
  .object({
    path: z.string().describe('The input path as given, or a name the caller chose for in-memory input.'),
    format: sourceFormatSchema,
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .describe('SHA-256 of the input bytes, lowercase hex.'),
    pages: z.number().int().nonnegative().nullable().describe('Number of pages (PDF only), else null.'),
    document: z
      .string()
      .regex(/^[0-9a-f]{16}$/)
      .describe(
        'The document the record was read from, the same in every record of one input: 16 hex digits of SHA-256 over the path and the content (`source.sha256`). Group by it to put the parts of one letter together.',
      ),
    part: z
      .number()
      .int()
      .positive()
      .describe('Which of the questions the document answers this record is, 1 to `parts`, in the order the document names them.'),
    parts: z
      .number()
      .int()
      .positive()
      .describe('How many questions the document answers, each a record of its own (1 for a document with one question).'),
  })
  .describe('The input the record was read from, and which of its questions the record is.')

export const documentTypeSchema = z
  .enum(['answer', 'question', 'consultation-speech', 'cover-letter', 'unknown'])
  .describe('What the document is: an answer, a question letter, a consultation (samråd) speech paper, a cover letter.')

export const committeeSchema = z
  .object({
    code: z.string().min(2).describe("Folketinget's short code: `BEU`, `AMU`, `FIU`, …"),
    name: z.string().min(1).describe('Name in the nominative: `Beskæftigelsesudvalget`.'),
  })
  .describe('A committee from the registry in packages/parser/src/registry/committees.json.')

/** The question kinds, in the order the description names them; references name the same kinds (or an annex). */
const QUESTION_KINDS = ['general', 'bill', 'consultation', 'section20', 'appropriation', 'eu-proposal'] as const

export const questionKindSchema = z
  .enum(QUESTION_KINDS)
  .describe(
    'alm. del (`general`), a question on a bill (L) or a proposal for a resolution (B) (`bill`), samrådsspørgsmål (`consultation`), § 20 question (`section20`), a question on a Finance Committee aktstykke (`appropriation`), a question on a European Commission document, KOM (`eu-proposal`).',
  )

export const askerSchema = z
  .object({
    name: z.string().min(1).describe("The asker's name as written."),
    party: z.string().nullable().describe('Party abbreviation as written (`EL`, `S`, `SF`, …) or null when none is given.'),
    nonMember: z.boolean().describe('Asked as a non-member of the committee ("ikke-medlem", "MFU").'),
  })
  .describe('A member of the Folketing who asked the question.')

export const questionSchema = z
  .object({
    kind: questionKindSchema.nullable().describe('The kind of question, or null when the document does not say.'),
    number: z.string().nullable().describe('The number or letter as written: `"128"`, `"A"`, `"Ø"`.'),
    bill: z
      .string()
      .nullable()
      .describe(
        'The case document the question is on: the bill for L-questions, `"L 178"`; the proposal for B-questions (beslutningsforslag), `"B 12"`; the aktstykke for `appropriation` questions, `"Aktstk. 172"`; the Commission document for `eu-proposal` questions, `"KOM (2013) 0173"`. Null where the question is on no case document (alm. del questions, alm. del samråd questions, § 20 questions).',
      ),
    askedOn: isoDateSchema.nullable().describe('Date of the committee\'s letter ("i brev af …").'),
    askers: z.array(askerSchema).describe('The members who asked, in the order named.'),
    askedByCommittee: z
      .boolean()
      .describe('True when the question is asked on the committee\'s own initiative ("efter ønske fra Beskæftigelsesudvalget").'),
    recipient: z
      .string()
      .nullable()
      .describe('The minister the question is addressed to, when the document says: `social- og indenrigsministeren`.'),
    text: z
      .string()
      .nullable()
      .describe('The question without its surrounding quotes, de-hyphenated; paragraphs separated by a blank line.'),
  })
  .describe('The question the document answers (or asks).')

export const tableCellSchema = z
  .object({
    raw: z.string().describe('Cell text as printed.'),
    value: z.number().nullable().describe('The number the cell holds in Danish notation (`35.564` → 35564, `9,8` → 9.8), or null.'),
  })
  .describe('One table cell.')

export const tableSchema = z
  .object({
    label: z.string().nullable().describe('`Tabel 1`, `Tabel` where the label has no number, or null for an unlabelled table.'),
    caption: z.string().nullable().describe('The caption after the label, or null.'),
    header: z.array(z.string()).describe('Column headings; the first is the heading of the row-label column (often empty).'),
    rows: z.array(z.array(tableCellSchema)).describe('The body rows, each an array of cells.'),
    notes: z.array(z.string()).describe('Text of "Anm.:" notes under the table.'),
    source: z.string().nullable().describe('Text of the "Kilde:" line under the table.'),
    page: z.number().int().positive().nullable().describe('1-based page where the table starts (PDF only).'),
  })
  .describe('A table of the answer.')

/** The `type` every block has. */
const blockType = <T extends string>(type: T) => z.literal(type).describe('The kind of block.')

const textBlock = <T extends string>(type: T, description: string) =>
  z.object({ type: blockType(type), text: z.string().describe('The block as plain text.') }).describe(description)

export const blockSchema = z
  .discriminatedUnion('type', [
    textBlock('paragraph', 'A paragraph.'),
    textBlock('heading', 'A heading: a sub-answer head ("Ad 1)"), a numbered section head, "Bilag 1", "Svar:".'),
    z
      .object({
        type: blockType('list'),
        ordered: z.boolean().describe('Numbered (true) or bulleted (false).'),
        start: z
          .number()
          .int()
          .nonnegative()
          .optional()
          .describe("The number of a numbered list's first item (`1.`, `2)`), where its items are numbered by digits."),
        items: z.array(z.string()).describe('The items as plain text, bullet or number removed.'),
      })
      .describe('A list.'),
    z
      .object({
        type: blockType('table'),
        table: z.number().int().nonnegative().describe('Index into `answer.tables`.'),
      })
      .describe('Where a table stands; the table is in `answer.tables`.'),
    z
      .object({
        type: blockType('figure'),
        label: z.string().nullable().describe('`Figur 1`, or null for an unlabelled figure.'),
        caption: z.string().describe('The caption after the label.'),
        page: z.number().int().positive().nullable().describe('1-based page of the figure (PDF only).'),
        bbox: bboxSchema.nullable().describe("The figure's image on its page, PDF user space `[x0, y0, x1, y1]` (PDF only)."),
      })
      .describe('A figure (its caption; the image itself is not kept).'),
    textBlock('note', 'An "Anm.:" note.'),
    textBlock('source', 'A "Kilde:" line.'),
    z
      .object({
        type: blockType('footnote'),
        identifier: z.string().describe('The footnote mark as printed: `1`.'),
        text: z.string().describe('The footnote as plain text.'),
      })
      .describe('A footnote.'),
    textBlock('quote', 'A quoted passage.'),
  ])
  .describe('One block of the answer, in reading order; `type` says which.')

export const answerSchema = z
  .object({
    answeredOn: isoDateSchema.nullable().describe('Date of the answer letter.'),
    text: z.string().describe('The answer as plain text, paragraphs separated by a blank line, de-hyphenated.'),
    blocks: z.array(blockSchema).describe('The answer as blocks, in reading order.'),
    tables: z.array(tableSchema).describe('The tables of the answer; table blocks point here.'),
  })
  .describe('The answer.')

export const signatureSchema = z
  .object({
    name: z.string().min(1).describe('The name that signs the letter.'),
    title: z.string().nullable().describe('The title under the name (`Beskæftigelsesminister`), or null.'),
  })
  .describe('Who signed the letter.')

export const referenceSchema = z
  .object({
    kind: z
      .enum([...QUESTION_KINDS, 'annex'])
      .describe('What is referred to: a question (of the kinds of `question.kind`) or an annex (bilag).'),
    number: z.string().describe('As written: `442`, `F`, `A-C`, `58`.'),
    bill: z
      .string()
      .nullable()
      .describe(
        "The case document, as in `question.bill`: `L 85` (or `B 12`) for a bill's (or a proposal's) question or annex, `Aktstk. 172` or `KOM (2013) 0173` for a question on an aktstykke or a Commission document.",
      ),
    committee: z.string().nullable().describe('Committee code: `BEU`, `SOU`.'),
    session: z
      .string()
      .nullable()
      .describe('Session when the text says (`folketingsåret 2017-18` → `20171`) or an ft.dk address gives it.'),
    text: z.string().describe('The words that made the reference: `BEU alm. del spørgsmål 108`.'),
  })
  .describe('Another question or annex the document refers to.')

export const provenanceSchema = z
  .object({
    source: z
      .enum(['document', 'derived', 'input'])
      .describe('Read off the document, derived from other fields, or taken from the input itself.'),
    rule: z.string().describe('The rule that produced the value: `stamp`, `preamble`, `letterhead`, `question-heading`, `absent`, …'),
    confidence: z.number().min(0).max(1).describe('How sure the rule is, 0–1.'),
    lines: z
      .tuple([z.number().int().positive(), z.number().int().positive()])
      .optional()
      .describe('First and last line of the source text (1-based; for PDF, lines in reading order).'),
    page: z.number().int().positive().optional().describe('Page of the first source line (PDF).'),
    bbox: bboxSchema.optional().describe('Box around the source lines on that page, PDF user space `[x0, y0, x1, y1]`.'),
    text: z.string().optional().describe('The source text, at most 300 characters.'),
  })
  .describe('Where one field came from and how sure the rule was.')

export const warningSchema = z
  .object({
    code: warningCodeSchema,
    message: z.string().describe('What was uncertain, in a sentence.'),
    line: z
      .number()
      .int()
      .positive()
      .optional()
      .describe('1-based line in the input text (text, Markdown, HTML input), or the line in reading order (PDF).'),
    page: z.number().int().positive().optional().describe('1-based page (PDF input).'),
    field: z.string().optional().describe('The record field the warning is about, as a dotted path: `question.askers`.'),
  })
  .describe('Something uncertain found while reading the document.')

export const recordSchema = z
  .object({
    schemaVersion: z.literal(schemaVersion).describe('Version of the record format; bumped on breaking changes.'),
    source: sourceSchema,
    documentType: documentTypeSchema,
    committee: committeeSchema.nullable().describe('The committee that asked; null for § 20 questions or when none is named.'),
    session: z
      .string()
      .regex(/^(19|20)\d{2}[12]$/)
      .nullable()
      .describe("Folketinget's samling code: `20161` for 2016-17, `20142` for 2014-15 (2. samling)."),
    caseNumber: z.string().nullable().describe("The ministry's case number (J.nr./Sagsnr.), spaces removed: `2015-3596`, `16/18581`."),
    questionKey: z
      .string()
      .nullable()
      .describe(
        'The question as a key, from session, committee, kind, number and bill: `20241-BEU-almdel-75`, `20191-L141-27`, `20031-S-1609`, `20151-BUU-samspm-H`; null when a part is unknown.',
      ),
    url: z
      .url()
      .nullable()
      .describe(
        "The question's page on ft.dk, built like `questionKey`: `https://www.ft.dk/samling/20241/almdel/beu/spm/75/index.htm`; null when a part is unknown.",
      ),
    question: questionSchema,
    answer: answerSchema,
    signature: signatureSchema.nullable().describe('Who signed the letter, or null when no signature was found.'),
    ministry: z
      .string()
      .nullable()
      .describe("The answering ministry, from the letterhead or the signature's title: `Beskæftigelsesministeriet`."),
    references: z
      .array(referenceSchema)
      .describe('Other questions and annexes the question and answer refer to, so an archive becomes a graph.'),
    quality: z.enum(['ok', 'needs-review']).describe('`needs-review` when a warning says something may be wrong.'),
    qualityReasons: z.array(warningCodeSchema).describe('The codes of the warnings that made the record `needs-review` (empty when `ok`).'),
    warnings: z.array(warningSchema).describe('What was uncertain and where; see docs/warnings.md.'),
    provenance: z
      .record(z.string(), provenanceSchema)
      .describe('Where each field came from, keyed by its path: `committee`, `question.number`, `answer.answeredOn`, …'),
  })
  .describe('One parsed Folketing answer document.')

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
