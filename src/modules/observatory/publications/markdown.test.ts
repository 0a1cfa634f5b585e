// Markdown written by stewards never puts script on a page: raw HTML is escaped, links go only to http(s), mailto or
// a relative path, links out get rel="noopener noreferrer", images are off, headings move down one level.
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown.js';

describe('renderMarkdown', () => {
  it('escapes raw HTML, script included', () => {
    const html = renderMarkdown('Hola <script>alert(1)</script> y <img src=x onerror=alert(1)>\n\n<iframe src="https://x.cl"></iframe>');
    expect(html).not.toMatch(/<script|<img|<iframe/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('drops links to javascript:, vbscript:, data: and any scheme but http(s) and mailto, however written', () => {
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'vbscript:msgbox(1)', 'data:text/html;base64,PHNjcmlwdD4=',
      'file:///etc/passwd', 'ftp://x.cl/a', 'tel:+56912345678', 'java&#x09;script:alert(1)', '&#106;avascript:alert(1)']) {
      const html = renderMarkdown(`[pincha](${bad}) <${bad}>`);
      expect(html, bad).not.toMatch(/href="\s*(javascript|vbscript|data|file|ftp|tel|&#)/i);
      expect(html, bad).not.toMatch(/href="[a-z]+:(?!\/\/)/i);
    }
    expect(renderMarkdown('[x](javascript:alert(1))')).toBe('<p>[x](javascript:alert(1))</p>\n');
  });

  it('keeps http(s), mailto and relative links; only links out of the site get rel="noopener noreferrer"', () => {
    expect(renderMarkdown('[sitio](https://www.subdere.gov.cl/)')).toBe('<p><a href="https://www.subdere.gov.cl/" rel="noopener noreferrer">sitio</a></p>\n');
    expect(renderMarkdown('[método](/observatorio/metodologia)')).toBe('<p><a href="/observatorio/metodologia">método</a></p>\n');
    expect(renderMarkdown('[correo](mailto:observatorio@example.org)')).toBe('<p><a href="mailto:observatorio@example.org">correo</a></p>\n');
    expect(renderMarkdown('[otro](//evil.example.org/x)')).toContain('rel="noopener noreferrer"');
    expect(renderMarkdown('Vea www.example.org hoy')).toBe('<p>Vea <a href="http://www.example.org" rel="noopener noreferrer">www.example.org</a> hoy</p>\n');
  });

  it('moves headings down one level (the page\'s title is the only h1) and leaves images out', () => {
    expect(renderMarkdown('# Uno\n\n## Dos\n\n###### Seis')).toBe('<h2>Uno</h2>\n<h3>Dos</h3>\n<h6>Seis</h6>\n');
    expect(renderMarkdown('![pixel](https://tracker.example.org/p.gif)')).not.toContain('<img');
  });

  it('does not turn quotes and dashes typographic (typographer off), so what was written is what shows', () => {
    expect(renderMarkdown('"hola" -- (c)')).toBe('<p>&quot;hola&quot; -- (c)</p>\n');
  });
});
