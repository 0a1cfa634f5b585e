// CKAN's fq as harvesters send it: the clauses we answer, and refusals (409) for what we cannot, never ignored.
import { describe, expect, it } from 'vitest';
import { CkanQueryError, parseFq } from './ckan.js';

describe('parsing CKAN fq', () => {
  it('reads organization, groups, res_format, tags and quoted values, joined by spaces or AND', () => {
    expect(parseFq('organization:temuco AND res_format:"csv" +groups:envi tags:reciclaje')).toEqual({ organization: 'temuco', format: 'CSV', theme: 'ENVI', q: 'reciclaje' });
  });

  it('reads ckanext-harvest\'s incremental range on metadata_modified', () => {
    expect(parseFq('metadata_modified:[2025-03-01T10:00:00.123456Z TO *]')).toEqual({ modifiedSince: new Date('2025-03-01T10:00:00.123Z'), modifiedUntil: undefined });
  });

  it('refuses fields, operators and dates it cannot honour', () => {
    for (const fq of ['author:alguien', 'organization:a OR organization:b', 'metadata_modified:[ayer TO *]', '-organization:temuco']) {
      expect(() => parseFq(fq), fq).toThrow(CkanQueryError);
    }
  });
});
