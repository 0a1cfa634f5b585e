import { describe, expect, it } from 'vitest';
import { BidSealError, openBidContent, openBidDocument, sealBidContent, sealBidDocument } from './seal.js';

const config = { bidSealingKey: 'k'.repeat(40) };
const deadline = new Date('2027-03-01T15:00:00.000Z');
const after = new Date(deadline.getTime() + 1);
const lot = { id: 7, bidsUntil: deadline };
const content = { price: 43_210_987, answers: { '12': 'Equipo de cuatro personas con experiencia en municipios' } };
const pdf = { fileName: 'propuesta técnica.pdf', mediaType: 'application/pdf', bytes: Buffer.from('%PDF-1.7 contenido único 9f8e7d') };

describe('bid sealing', () => {
  it('round-trips the content and a document after the deadline', () => {
    expect(openBidContent(config, lot, 3, sealBidContent(config, { lotId: 7, bidId: 3 }, content), after)).toEqual(content);
    const doc = openBidDocument(config, lot, 3, sealBidDocument(config, { lotId: 7, bidId: 3 }, pdf), after);
    expect(doc.fileName).toBe(pdf.fileName);
    expect(doc.mediaType).toBe(pdf.mediaType);
    expect(doc.bytes.equals(pdf.bytes)).toBe(true);
  });

  it('leaves no price digits, answer text or document bytes in the sealed value, and pads the content', () => {
    const sealed = sealBidContent(config, { lotId: 7, bidId: 3 }, content);
    expect(sealed.includes(Buffer.from('43210987'))).toBe(false);
    expect(sealed.includes(Buffer.from('Equipo'))).toBe(false);
    expect((sealed.length - 29) % 256).toBe(0);
    const short = sealBidContent(config, { lotId: 7, bidId: 3 }, { price: 1, answers: {} });
    expect(short.length).toBe(sealBidContent(config, { lotId: 7, bidId: 3 }, { price: 99_999_999, answers: {} }).length);
    const doc = sealBidDocument(config, { lotId: 7, bidId: 3 }, pdf);
    expect(doc.includes(Buffer.from('%PDF'))).toBe(false);
    expect(doc.includes(Buffer.from('propuesta'))).toBe(false);
  });

  it('refuses to open before or at the deadline, one millisecond after it opens', () => {
    const sealed = sealBidContent(config, { lotId: 7, bidId: 3 }, content);
    expect(() => openBidContent(config, lot, 3, sealed, new Date(deadline.getTime() - 60_000))).toThrow(expect.objectContaining({ statusCode: 409 }));
    expect(() => openBidContent(config, lot, 3, sealed, deadline)).toThrow(expect.objectContaining({ messageKey: 'procurement.rule.sealedUntilDeadline' }));
    expect(() => openBidDocument(config, lot, 3, sealBidDocument(config, { lotId: 7, bidId: 3 }, pdf), deadline)).toThrow(expect.objectContaining({ statusCode: 409 }));
    expect(openBidContent(config, lot, 3, sealed, after).price).toBe(content.price);
  });

  it('detects tampering with any byte', () => {
    const sealed = sealBidContent(config, { lotId: 7, bidId: 3 }, content);
    for (const at of [0, 5, 20, sealed.length - 1]) {
      const bad = Buffer.from(sealed);
      bad[at] = bad[at]! ^ 0x01;
      expect(() => openBidContent(config, lot, 3, bad, after)).toThrow(BidSealError);
    }
    expect(() => openBidContent(config, lot, 3, sealed.subarray(0, 20), after)).toThrow(BidSealError);
  });

  it('does not open on another lot, another bid, as a document, or under another key', () => {
    const sealed = sealBidContent(config, { lotId: 7, bidId: 3 }, content);
    expect(() => openBidContent(config, { id: 8, bidsUntil: deadline }, 3, sealed, after)).toThrow(BidSealError);
    expect(() => openBidContent(config, lot, 4, sealed, after)).toThrow(BidSealError);
    expect(() => openBidDocument(config, lot, 3, sealed, after)).toThrow(BidSealError);
    expect(() => openBidContent({ bidSealingKey: 'j'.repeat(40) }, lot, 3, sealed, after)).toThrow(BidSealError);
  });

  it('seals the same content differently each time (a fresh IV)', () => {
    const a = sealBidContent(config, { lotId: 7, bidId: 3 }, content);
    const b = sealBidContent(config, { lotId: 7, bidId: 3 }, content);
    expect(a.equals(b)).toBe(false);
  });
});
