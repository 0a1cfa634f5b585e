import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/index.js';
import { parseClaveUnicaSettings } from './form.js';

const t = translator('en');
const settings = (overrides: Record<string, string> = {}) => ({
  issuer: 'https://accounts.claveunica.gob.cl/openid', clientId: 'abc', clientSecret: 's3cret',
  redirectUri: 'https://cabildo.example.cl/instituciones/temuco/claveunica/retorno', logoutUri: 'https://cabildo.example.cl/', ...overrides,
});

describe('parseClaveUnicaSettings', () => {
  it('accepts https addresses anywhere, and http ones outside production only (a stand-in provider)', () => {
    expect(parseClaveUnicaSettings(settings(), t, { production: true, hasSecret: false }).ok).toBe(true);
    const local = settings({ issuer: 'http://127.0.0.1:4000/openid', redirectUri: 'http://localhost:3000/retorno' });
    expect(parseClaveUnicaSettings(local, t, { production: false, hasSecret: false }).ok).toBe(true);
    expect(parseClaveUnicaSettings(local, t, { production: true, hasSecret: false })).toMatchObject({
      ok: false, errors: { issuer: 'The address must start with https://.', redirectUri: 'The address must start with https://.' },
    });
  });

  it('refuses what is not an address, other schemes, fragments and credentials', () => {
    for (const issuer of ['accounts.claveunica.gob.cl', 'ftp://claveunica.gob.cl', 'https://a.cl/openid#x', 'https://user:pw@a.cl/openid']) {
      const result = parseClaveUnicaSettings(settings({ issuer }), t, { production: false, hasSecret: true });
      expect(result, issuer).toMatchObject({ ok: false, errors: { issuer: expect.stringContaining('Enter a full address') } });
    }
  });

  it('needs the secret only when none is stored, and never hands it back to be shown', () => {
    const kept = parseClaveUnicaSettings(settings({ clientSecret: '' }), t, { production: false, hasSecret: true });
    expect(kept.ok && kept.value.clientSecret).toBeUndefined();
    const first = parseClaveUnicaSettings(settings({ clientSecret: '' }), t, { production: false, hasSecret: false });
    expect(first).toMatchObject({ ok: false, errors: { clientSecret: 'Enter the client secret ClaveÚnica gave you.' } });
    const bad = parseClaveUnicaSettings(settings({ clientId: '' }), t, { production: false, hasSecret: false });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.values).not.toHaveProperty('clientSecret');
  });
});
