// One definition per category's columns, from which the pages, the CSV validation and the downloads all come: a
// Frictionless Table Schema (https://specs.frictionlessdata.io/table-schema/) with titles in both languages. The
// schema published at …/schema.json describes the downloads (comma-separated UTF-8, integers bare, ISO dates); what
// the upload accepts beyond that (";", latin1, "1.234.567", "31-01-2026") is parsing.ts's leniency.
import type { Locale } from '../../../core/i18n/index.js';

export type Bilingual = { es: string; en: string };
export type FieldType = 'string' | 'integer' | 'date' | 'boolean';

export interface ActiveField {
  name: string;
  type: FieldType;
  title: Bilingual;
  description?: Bilingual;
  required?: boolean;
  /** Integer amounts in Chilean pesos (DESIGN.md rule 9): shown as money, never a float. */
  pesos?: boolean;
  /** For strings: 'uri' must be an http(s) address. */
  format?: 'uri';
  enum?: readonly string[];
  minimum?: number;
  maximum?: number;
}

export const lang = (locale: Locale): keyof Bilingual => (locale === 'en' ? 'en' : 'es');

/** The Table Schema of a category's download, titles and descriptions in the reader's language. */
export function toTableSchema(fields: readonly ActiveField[], locale: Locale) {
  const l = lang(locale);
  return {
    fields: fields.map((f) => {
      const constraints = {
        ...(f.required ? { required: true } : {}),
        ...(f.enum ? { enum: [...f.enum] } : {}),
        ...(f.minimum !== undefined ? { minimum: f.minimum } : {}),
        ...(f.maximum !== undefined ? { maximum: f.maximum } : {}),
      };
      return {
        name: f.name, title: f.title[l], type: f.type,
        ...(f.format ? { format: f.format } : {}),
        ...(f.description || f.pesos ? { description: [f.description?.[l], f.pesos ? (l === 'en' ? 'Chilean pesos (CLP).' : 'Pesos chilenos (CLP).') : undefined].filter(Boolean).join(' ') } : {}),
        ...(f.type === 'boolean' ? { trueValues: ['true'], falseValues: ['false'] } : {}),
        ...(Object.keys(constraints).length ? { constraints } : {}),
      };
    }),
    missingValues: [''],
  };
}
