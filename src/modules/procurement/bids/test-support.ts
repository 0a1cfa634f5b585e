// Factories for bid tests: answers for a call's criteria, documents, bids submitted through the real command, and a
// multipart body with several files (test-support/multipart.ts sends one).
import type { TestApp } from '../../../test-support/app.js';
import type { Browser } from '../../../test-support/people.js';
import { MULTIPART_BOUNDARY } from '../../../test-support/multipart.js';
import { FORMULA_CRITERIA } from '../calls/schema.js';
import type { TestSupplier } from '../test-support.js';
import { submitBid } from './commands/submit-bid.js';

type TestCall = { id: number; lots: Array<{ id: number; number: number; bidsUntil: Date }>; criteria: Array<{ id: number; kind: string }> };

/** An answer to every criterion a bid must answer (not the formula ones). */
export const answersFor = (call: TestCall, text = 'Metodología ágil con entregas quincenales') =>
  Object.fromEntries(call.criteria.filter((c) => !FORMULA_CRITERIA.includes(c.kind as never)).map((c) => [String(c.id), `${text} (${c.kind})`]));

export const pdfBytes = (marker = 'propuesta') => Buffer.from(`%PDF-1.7\n% ${marker} 5e1d0c\n%%EOF\n`);

/** A bid through the real command (sealed), as the supplier's representative; `at` defaults to now. */
export function bidOn(t: TestApp, call: TestCall, supplier: TestSupplier, price: number, lot = 0, extra: { at?: Date; documents?: Array<{ fileName: string; bytes: Buffer }> } = {}) {
  return t.database.db.transaction((tx) => submitBid(tx, t.config, {
    lotId: call.lots[lot]!.id, supplierId: supplier.id, price, answers: answersFor(call), documents: extra.documents ?? [],
  }, { personId: supplier.rep.personId, name: 'Representante' }, extra.at));
}

/** A multipart/form-data body with fields and any number of files, each in its named field. */
export function multipartFiles(fields: Array<[string, string]>, files: Array<{ field: string; name: string; bytes: Buffer }>): Buffer {
  const part = (headers: string) => Buffer.from(`--${MULTIPART_BOUNDARY}\r\n${headers}\r\n\r\n`);
  return Buffer.concat([
    ...fields.flatMap(([k, v]) => [part(`Content-Disposition: form-data; name="${k}"`), Buffer.from(`${v}\r\n`)]),
    ...files.flatMap((f) => [part(`Content-Disposition: form-data; name="${f.field}"; filename="${f.name}"\r\nContent-Type: application/octet-stream`), f.bytes, Buffer.from('\r\n')]),
    Buffer.from(`--${MULTIPART_BOUNDARY}--\r\n`),
  ]);
}

/** The bid form posted as this browser. */
export const postBidForm = (t: TestApp, url: string, who: Browser | null, fields: Array<[string, string]>, files: Array<{ name: string; bytes: Buffer }> = []) =>
  t.app.inject({
    method: 'POST', url, cookies: who?.cookies, headers: { 'content-type': `multipart/form-data; boundary=${MULTIPART_BOUNDARY}` },
    payload: multipartFiles([['_csrf', who?.csrf ?? ''], ...fields], files.map((f) => ({ field: 'documents', ...f }))),
  });
