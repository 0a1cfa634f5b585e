// Publications' bodies, panels' descriptions and summary notes are Markdown written by stewards, rendered on the
// server to HTML that is safe by construction: raw HTML is not allowed (markdown-it escapes it), links go only to
// http(s), mailto or a relative path (markdown-it's own validateLink lets through any scheme but javascript:,
// vbscript:, file: and data:), links out of the site get rel="noopener noreferrer", and images are off (the CSP allows
// none from other hosts, and a picture nobody asked for costs a reader on a weak connection). Headings move down a
// level, so the page keeps its one <h1> (the title) and the outline stays in order (WCAG 2.2, 1.3.1).
import MarkdownIt from 'markdown-it';

/** A scheme at the start (RFC 3986 §3.1); without one a link is relative to the site. */
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const ALLOWED = /^(https?:\/\/|mailto:)/i;
/** Out of the site: another host (protocol-relative included). */
const EXTERNAL = /^(https?:)?\/\//i;

const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
md.disable('image');
// markdown-it normalises (percent-encodes) the URL before this check, so "java\tscript:" arrives as "java%09script:"
// and, lacking a scheme, stays a harmless relative path.
md.validateLink = (url: string) => {
  const s = url.trim();
  return ALLOWED.test(s) || !SCHEME.test(s);
};

md.core.ruler.push('shift_headings', (state) => {
  for (const token of state.tokens) {
    if (token.type === 'heading_open' || token.type === 'heading_close') token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + 1)}`;
  }
});

const renderLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const token = tokens[idx]!;
  if (EXTERNAL.test(token.attrGet('href') ?? '')) token.attrSet('rel', 'noopener noreferrer');
  return renderLinkOpen(tokens, idx, options, env, self);
};

/** The HTML of a Markdown text (to be placed inside an element; safe to insert as is). */
export const renderMarkdown = (text: string): string => md.render(text);
