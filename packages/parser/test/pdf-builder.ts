/**
 * A minimal PDF writer for tests: objects as strings, a correct cross-reference table. Enough to make PDFs with
 * odd properties (no text, hundreds of pages, hostile font dictionaries) without a typesetting engine.
 */

export function buildPdf(objects: readonly string[]): Uint8Array {
  let body = '%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n'
  const offsets: number[] = []
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, 'latin1'))
    body += `${index + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = Buffer.byteLength(body, 'latin1')
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return new Uint8Array(Buffer.from(body, 'latin1'))
}

function stream(content: string, dictionary = ''): string {
  return `<< /Length ${Buffer.byteLength(content, 'latin1')} ${dictionary} >>\nstream\n${content}\nendstream`
}

/** A document whose pages each show `text(page)` (empty string: no text at all). */
export function pagesPdf(count: number, text: (page: number) => string, extraResources = '', extraObjects: string[] = []): Uint8Array {
  // 1 catalog, 2 pages, 3 font, then per page: page + content.
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '', '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>']
  const kids: string[] = []
  for (let page = 1; page <= count; page++) {
    const pageObject = objects.length + 1
    kids.push(`${pageObject} 0 R`)
    const shown = text(page)
    const content = shown ? `BT /F1 11 Tf 72 720 Td (${shown}) Tj ET` : '0 0 1 rg 72 600 200 100 re f'
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> ${extraResources} >> /Contents ${pageObject + 1} 0 R >>`,
    )
    objects.push(stream(content))
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${count} >>`
  return buildPdf([...objects, ...extraObjects])
}

/** An image-only page: a 2×2 RGB image XObject drawn over the page, no text. */
export function imageOnlyPdf(): Uint8Array {
  const image = stream(
    '\u00ff\u0000\u0000\u0000\u00ff\u0000\u0000\u0000\u00ff\u00ff\u00ff\u00ff',
    '/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceRGB /BitsPerComponent 8',
  )
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>',
    stream('q 500 0 0 700 40 70 cm /Im1 Do Q'),
    image,
  ])
}

/**
 * A page filled in a Separation colour whose tint transform is a PostScript calculator function (FunctionType 4),
 * next to a line of text. pdf.js compiles such functions into JavaScript with `new Function` when eval is allowed
 * (`isEvalSupported`), while it builds the page's operator list — the path the parser takes; without eval it
 * interprets them.
 */
export function postScriptFunctionPdf(): Uint8Array {
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> /ColorSpace << /CS0 [/Separation /Spot /DeviceRGB 6 0 R] >> >> /Contents 4 0 R >>',
    stream(
      '/CS0 cs 0.5 scn 72 600 200 100 re f BT /F1 11 Tf 72 720 Td (Beskaeftigelsesudvalget har i brev af 1. marts 2021 stillet) Tj ET',
    ),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    stream('{ dup 0.5 mul exch dup }', '/FunctionType 4 /Domain [0 1] /Range [0 1 0 1 0 1]'),
  ])
}

/**
 * A one-page document that sets `lines` one under the other at the left margin in 11 pt Helvetica, 14 pt apart, as a
 * typesetter sets a narrow column's lines (WinAnsi: Danish letters as Latin-1 bytes). `(`, `)` and `\` are escaped.
 */
export function linesPdf(lines: readonly string[]): Uint8Array {
  const shown = lines.map((line) => `(${line.replace(/[\\()]/g, (char) => `\\${char}`)}) Tj 0 -14 Td`).join(' ')
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>',
    stream(`BT /F1 11 Tf 72 780 Td ${shown} ET`),
  ])
}
