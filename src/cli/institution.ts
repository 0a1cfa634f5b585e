// `cabildo institution claveunica`: sets an institution's ClaveÚnica client from the command line, under the same
// rules as its admin page (core/identity/claveunica-settings/form.ts). The secret is read from stdin, so it stays out
// of the shell history and the process list; it is stored encrypted, and the audit entry ('cli') never holds it.
import type { Readable } from 'node:stream';
import { createInterface } from 'node:readline';
import { loadConfig } from '../core/config.js';
import { translator } from '../core/i18n/index.js';
import { findInstitution } from '../core/tenancy/queries.js';
import { CLAVEUNICA_ISSUER, defaultUris, saveClaveUnicaClient } from '../core/identity/claveunica/client-config.js';
import { parseClaveUnicaSettings, type ClaveUnicaSettings } from '../core/identity/claveunica-settings/form.js';
import { findClaveUnicaSettings } from '../core/identity/claveunica-settings/queries.js';
import { parseOptions, requireOption } from './args.js';
import { CLI_ACTOR, withDatabase } from './database.js';
import { EXIT, UsageError } from './errors.js';

const OPTION_OF: Record<keyof ClaveUnicaSettings, string> = {
  issuer: '--issuer', clientId: '--client-id', clientSecret: '--client-secret-stdin', redirectUri: '--redirect-uri', logoutUri: '--logout-uri',
};

export function parseInstitutionClaveUnica(args: string[]) {
  const values = parseOptions(args, {
    institution: { type: 'string' }, issuer: { type: 'string' }, 'client-id': { type: 'string' },
    'client-secret-stdin': { type: 'boolean' }, 'redirect-uri': { type: 'string' }, 'logout-uri': { type: 'string' },
  });
  const given = (value: string | undefined) => value?.trim() || undefined;
  return {
    institution: requireOption(values.institution, 'institution'),
    issuer: given(values.issuer), clientId: given(values['client-id']), redirectUri: given(values['redirect-uri']),
    logoutUri: given(values['logout-uri']), secretStdin: values['client-secret-stdin'] ?? false,
  };
}

/** The first line of `input`: `printf '%s\n' "$SECRET" | cabildo institution claveunica … --client-secret-stdin`. */
async function readSecret(input: Readable): Promise<string> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let secret = '';
  for await (const line of lines) {
    secret = line.trim();
    break;
  }
  lines.close();
  input.destroy();
  if (!secret) throw new UsageError('--client-secret-stdin: nothing was read from stdin');
  return secret;
}

export async function institutionClaveUnica(args: string[], stdin: Readable = process.stdin): Promise<number> {
  const o = parseInstitutionClaveUnica(args);
  const clientSecret = o.secretStdin ? await readSecret(stdin) : undefined;
  const config = loadConfig();
  return withDatabase(async (db) => {
    const institution = await findInstitution(db, o.institution);
    if (!institution) throw new UsageError(`no institution "${o.institution}": use its slug (temuco) or CUT code (09101, 13)`);
    const current = await findClaveUnicaSettings(db, institution.id);
    // An option left out keeps what is configured, else takes the default the admin page would propose.
    const fallback = current?.settings ?? { issuer: CLAVEUNICA_ISSUER, clientId: undefined, ...defaultUris(config, institution.slug) };
    const form = parseClaveUnicaSettings({
      issuer: o.issuer ?? fallback.issuer, clientId: o.clientId ?? fallback.clientId, clientSecret,
      redirectUri: o.redirectUri ?? fallback.redirectUri, logoutUri: o.logoutUri ?? fallback.logoutUri,
    }, translator('en'), { production: config.env === 'production', hasSecret: current !== null });
    if (!form.ok) {
      throw new UsageError(Object.entries(form.errors).map(([field, message]) => `${OPTION_OF[field as keyof ClaveUnicaSettings]}: ${message}`).join('\n'));
    }
    await db.transaction((tx) => saveClaveUnicaClient(tx, config, { institutionId: institution.id, ...form.value }, CLI_ACTOR));
    const { issuer, clientId, redirectUri, logoutUri } = form.value;
    process.stdout.write(`ClaveÚnica ${current ? 'updated' : 'configured'} for ${institution.name}${clientSecret ? '' : ' (secret kept)'}\n`
      + `  issuer: ${issuer}\n  client id: ${clientId}\n`
      + `  register with ClaveÚnica: redirect URI ${redirectUri}, logout URI ${logoutUri}\n`);
    return EXIT.ok;
  });
}
