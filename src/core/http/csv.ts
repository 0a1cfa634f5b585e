// Streams a list as CSV (RFC 4180, UTF-8 with BOM so spreadsheet programs read accents) or as a JSON array,
// row by row from an async source: exports never hold the whole result in memory.
import { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';

const get = (obj: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), obj);

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let s = value instanceof Date ? value.toISOString() : typeof value === 'object' ? JSON.stringify(value) : String(value);
  // A leading =, +, - or @ would be run as a formula by spreadsheet programs (CSV injection): prefix a quote.
  if (/^[=+\-@\t\r]/.test(s) && !/^-?\d/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function sendCsv(reply: FastifyReply, format: 'csv' | 'json', filename: string, columns: string[], rows: AsyncIterable<object>) {
  async function* csv() {
    yield `\uFEFF${columns.join(',')}\r\n`;
    for await (const row of rows) yield `${columns.map((c) => csvCell(get(row, c))).join(',')}\r\n`;
  }
  async function* json() {
    yield '[';
    let first = true;
    for await (const row of rows) {
      yield `${first ? '' : ','}\n${JSON.stringify(row)}`;
      first = false;
    }
    yield '\n]\n';
  }
  return reply
    .type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8')
    .header('content-disposition', `attachment; filename="${filename}.${format}"`)
    .send(Readable.from(format === 'csv' ? csv() : json()));
}
