/**
 * Parquet output, written as the rows come: rows are gathered into row groups of a fixed size, each group is
 * encoded and written to the file before the next is read, so memory stays flat however many rows there are.
 * Types follow the column declarations (flatten.ts): DATE, INT32, DOUBLE, BOOLEAN, UTF8 strings, and three-level
 * LISTs of strings or of structs.
 */
import { createWriteStream, type WriteStream } from 'node:fs'
import { ByteWriter, parquetWriteRows, type SchemaElement } from 'hyparquet-writer'
import { type Column, type ColumnType, type FieldType, STRUCT_FIELDS } from './flatten.js'

/** Rows per row group: a few MB of answer text for documents, well under that for cells. */
export const ROW_GROUP_SIZE = 1000

/** Bytes the writer gathers before it hands them to the file. */
const INITIAL_BUFFER = 1024 * 1024

const DAY_MS = 24 * 60 * 60 * 1000

const OPTIONAL = { repetition_type: 'OPTIONAL' } as const

/** The schema element of a scalar column or field. */
function scalar(name: string, type: Exclude<ColumnType, `${string}-list`> | FieldType): SchemaElement {
  switch (type) {
    case 'string':
      return { name, type: 'BYTE_ARRAY', converted_type: 'UTF8', ...OPTIONAL }
    case 'integer':
      return { name, type: 'INT32', ...OPTIONAL }
    case 'double':
      return { name, type: 'DOUBLE', ...OPTIONAL }
    case 'boolean':
      return { name, type: 'BOOLEAN', ...OPTIONAL }
    case 'date':
      return { name, type: 'INT32', converted_type: 'DATE', ...OPTIONAL }
  }
}

/** A three-level LIST (`name.list.element`) of `element`'s schema, as Parquet's spec lays lists out. */
function list(name: string, element: SchemaElement[]): SchemaElement[] {
  return [
    { name, converted_type: 'LIST', num_children: 1, ...OPTIONAL },
    { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
    ...element,
  ]
}

/** The schema elements of one column (one for a scalar, more for a list). */
function columnSchema(name: string, type: ColumnType): SchemaElement[] {
  if (type === 'string-list') return list(name, [scalar('element', 'string')])
  if (type === 'asker-list' || type === 'reference-list') {
    const fields = STRUCT_FIELDS[type]
    return list(name, [
      { name: 'element', num_children: fields.length, ...OPTIONAL },
      ...fields.map(([field, fieldType]) => scalar(field, fieldType)),
    ])
  }
  return [scalar(name, type)]
}

/** The file's schema: the root, then each column's elements. */
export function parquetSchema<Row>(columns: ReadonlyArray<Column<Row>>): SchemaElement[] {
  return [{ name: 'root', num_children: columns.length }, ...columns.flatMap((column) => columnSchema(column.name, column.type))]
}

/** Days since 1970-01-01, as Parquet's DATE stores an ISO date. */
function epochDays(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS)
}

/** A row with its dates as Parquet stores them. */
function toParquet<Row>(row: Row, dates: ReadonlyArray<keyof Row>): Record<string, unknown> {
  const converted: Record<string, unknown> = { ...(row as Record<string, unknown>) }
  for (const column of dates) {
    const value = row[column]
    if (typeof value === 'string') converted[column as string] = epochDays(value)
  }
  return converted
}

/**
 * hyparquet-writer's byte writer, emptied into a file stream after each row group (its `flush`) and at the end:
 * the next group is encoded only once the stream has taken the last one.
 */
class StreamWriter extends ByteWriter {
  readonly #stream: WriteStream
  #failure: unknown

  constructor(stream: WriteStream) {
    super(INITIAL_BUFFER)
    this.#stream = stream
    // A failed write is reported to its callback; the listener keeps the stream's own 'error' event from throwing.
    stream.on('error', (error) => {
      this.#failure ??= error
    })
  }

  flush(): Promise<void> {
    const bytes = this.getBytes().slice()
    this.index = 0
    return new Promise((resolve, reject) => {
      if (this.#failure) return reject(this.#failure)
      this.#stream.write(bytes, (error) => (error ? reject(error) : resolve()))
    })
  }

  override async finish(): Promise<void> {
    await this.flush()
    await new Promise<void>((resolve, reject) => {
      this.#stream.once('error', reject)
      this.#stream.end(() => resolve())
    })
  }
}

/** Write `rows` to `path` as Parquet with `columns`' types, one row group at a time. */
export async function writeParquetFile<Row>(
  path: string,
  columns: ReadonlyArray<Column<Row>>,
  rows: AsyncIterable<Row>,
  rowGroupSize = ROW_GROUP_SIZE,
): Promise<void> {
  const dates = columns.filter((column) => column.type === 'date').map((column) => column.name)
  const stream = createWriteStream(path)
  const writer = new StreamWriter(stream)
  async function* converted(): AsyncGenerator<Record<string, unknown>> {
    for await (const row of rows) yield toParquet(row, dates)
  }
  try {
    await parquetWriteRows({
      writer,
      rows: converted(),
      columns: columns.map((column) => ({ name: column.name })),
      schema: parquetSchema(columns),
      rowGroupSize,
      createdBy: 'ft-answers',
    })
  } finally {
    stream.destroy()
  }
}
