// A one-page PDF written by hand (PDF 1.4: catalog, page tree, one page, Helvetica, a content stream and the
// cross-reference table with each object's byte offset, ISO 32000-1 §7.5), so the demo's policy brief has a real
// attachment without shipping a binary file. Text is WinAnsi (Latin-1 for Spanish letters).

/** A string literal of a content stream: backslash and parentheses escaped (ISO 32000-1 §7.3.4.2). */
const literal = (s: string) => `(${s.replace(/[\\()]/g, '\\$&')})`;

export function writeDemoPdf(title: string, lines: string[]): Buffer {
  const text = [`BT /F1 16 Tf 56 780 Td ${literal(title)} Tj /F1 11 Tf`, ...lines.map((l, i) => `0 ${i === 0 ? -28 : -16} Td ${literal(l)} Tj`), 'ET'].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${Buffer.byteLength(text, 'latin1')} >>\nstream\n${text}\nendstream`,
  ];
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets = objects.map((body, i) => {
    const at = Buffer.byteLength(out, 'latin1');
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
