// Snippets with the words found highlighted, without trusting anything as HTML: ts_headline marks the matches with two
// private-use characters, and the snippet becomes parts that pages render as text (inside <mark> for a match) and the
// API returns as data. A marker typed by someone could at worst highlight the wrong words, never inject markup.
export const HIGHLIGHT_START = '\uE000';
export const HIGHLIGHT_END = '\uE001';

export interface SnippetPart { text: string; match: boolean }

export function snippetParts(headline: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const [i, chunk] of headline.split(HIGHLIGHT_START).entries()) {
    const [inside, ...rest] = i === 0 ? [undefined, chunk] : chunk.split(HIGHLIGHT_END);
    if (inside) parts.push({ text: inside, match: true });
    const plain = rest.join('').replaceAll(HIGHLIGHT_END, '');
    if (plain) parts.push({ text: plain, match: false });
  }
  return parts;
}
