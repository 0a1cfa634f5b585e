// One `;`-separated row. Fields are usually bare; a field that starts with `"` is quoted as Python's csv module (the
// reader pabulib's own tools use) writes it, `""` standing for `"` (Wieliczka 2023 has such project names).
// Commas are ordinary characters here: only the vote and points columns are comma lists.

export function splitRow(line: string): string[] | null {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        const close = line.indexOf('"', i);
        if (close < 0) return null;
        value += line.slice(i, close);
        i = close + 1;
        if (line[i] !== '"') break;
        value += '"';
        i++;
      }
      fields.push(value);
      if (i === line.length) return fields;
      if (line[i] !== ';') return null;
      i++;
    } else {
      const end = line.indexOf(';', i);
      if (end < 0) {
        fields.push(line.slice(i));
        return fields;
      }
      fields.push(line.slice(i, end));
      i = end + 1;
    }
  }
}

/** A value cannot hold a line break: the format has one row per line. */
export function joinRow(fields: readonly string[]): string {
  if (fields.some((f) => /[\r\n]/.test(f))) throw new Error(`a pabulib value cannot hold a line break: ${JSON.stringify(fields)}`);
  return fields.map((f) => (/[;"]/.test(f) ? `"${f.replaceAll('"', '""')}"` : f)).join(';');
}
