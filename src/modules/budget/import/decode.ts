// Budget files arrive as bytes in whatever encoding the publisher used. SOURCES.md: the DIPRES files are ISO-8859-1,
// the merged execution file and our own formats are UTF-8, and spreadsheet tools add a BOM. So: a UTF-8 BOM wins,
// then bytes that are valid UTF-8, else latin1. Valid UTF-8 is a safe test: latin1 accented letters (one byte ≥ 0x80
// followed by ASCII) are never valid UTF-8 sequences.

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'latin1';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

const BOM = [0xef, 0xbb, 0xbf];

export function decodeText(bytes: Uint8Array): DecodedText {
  if (BOM.every((b, i) => bytes[i] === b)) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // ISO-8859-1, as SOURCES.md says of the DIPRES files: every byte is its code point, so nothing can fail here.
    return { text: new TextDecoder('latin1').decode(bytes), encoding: 'latin1' };
  }
}
