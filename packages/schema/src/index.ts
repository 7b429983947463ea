export type { ErrorCode, ErrorRecord } from './error.js'
export { errorCodeSchema, errorJsonSchema, errorRecordSchema } from './error.js'
export { recordJsonSchema } from './json-schema.js'
export type {
  Answer,
  Asker,
  Block,
  Committee,
  DocumentType,
  FtRecord,
  Provenance,
  Question,
  QuestionKind,
  Reference,
  Signature,
  Source,
  SourceFormat,
  Table,
  TableCell,
  Warning,
} from './record.js'
export {
  answerSchema,
  askerSchema,
  blockSchema,
  committeeSchema,
  documentTypeSchema,
  isoDateSchema,
  provenanceSchema,
  questionKindSchema,
  questionSchema,
  recordSchema,
  referenceSchema,
  schemaVersion,
  signatureSchema,
  sourceFormatSchema,
  sourceSchema,
  tableCellSchema,
  tableSchema,
  warningSchema,
} from './record.js'
export { safeParseRecord } from './validate.js'
export type { WarningCode, WarningCodeInfo } from './warnings.js'
export { reviewWarningCodes, warningCodeSchema, warningCodes } from './warnings.js'
