// A strict XML well-formedness check for the documents Cabildo writes by hand (the Atom feeds, core/http/atom.ts): no
// XML parser ships with the app, and this one refuses anything XML 1.0 would, for documents of that shape (no DTD,
// comments, CDATA or processing instructions besides the declaration).

const NAME = '[A-Za-z_][\\w.:-]*';
const TEXT_OK = /^(?:[^<&]|&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)*$/;
const ATTRS = new RegExp(`^(?:\\s+${NAME}\\s*=\\s*"(?:[^"<&]|&(?:amp|lt|gt|quot|apos|#\\d+|#x[0-9a-fA-F]+);)*")*\\s*$`);

/** Throws where `xml` is not well-formed: one root, tags nested and closed, attributes quoted, only the five entities. */
export function assertWellFormedXml(xml: string): void {
  let rest = xml.replace(/^<\?xml [^?]*\?>\s*/, '');
  const stack: string[] = [];
  let roots = 0;
  while (rest.length) {
    const lt = rest.indexOf('<');
    const text = lt < 0 ? rest : rest.slice(0, lt);
    if (!TEXT_OK.test(text)) throw new Error(`bad text: ${text.slice(0, 80)}`);
    if (stack.length === 0 && text.trim()) throw new Error(`text outside the root: ${text.slice(0, 80)}`);
    if (lt < 0) break;
    const gt = rest.indexOf('>', lt);
    if (gt < 0) throw new Error('unclosed tag');
    const tag = rest.slice(lt + 1, gt);
    rest = rest.slice(gt + 1);
    const close = new RegExp(`^/(${NAME})\\s*$`).exec(tag);
    if (close) {
      if (stack.pop() !== close[1]) throw new Error(`mismatched </${close[1]}>`);
      continue;
    }
    const open = new RegExp(`^(${NAME})([^]*?)(/?)$`).exec(tag);
    if (!open || !ATTRS.test(open[2]!)) throw new Error(`bad tag <${tag.slice(0, 80)}>`);
    if (stack.length === 0 && ++roots > 1) throw new Error('more than one root');
    if (!open[3]) stack.push(open[1]!);
  }
  if (stack.length || roots !== 1) throw new Error(`unclosed: ${stack.join(' > ')}`);
}
