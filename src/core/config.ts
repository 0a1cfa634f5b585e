// The one configuration schema: every environment variable Cabildo reads, validated once at boot.
// Defaults apply only outside production (NODE_ENV=production requires SESSION_SECRET and BASE_URL).
import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ConfigSchema = Type.Object({
  NODE_ENV: Type.Union([Type.Literal('production'), Type.Literal('development'), Type.Literal('test')], { default: 'development' }),
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3000 }),
  HOST: Type.String({ minLength: 1, default: '127.0.0.1' }),
  DATABASE_URL: Type.Optional(Type.String({ pattern: '^postgres(ql)?://' })),
  CABILDO_DATA_DIR: Type.String({ minLength: 1, default: '.cabildo' }),
  CABILDO_SEED: Type.Union([Type.Literal('demo'), Type.Literal('none')], { default: 'demo' }),
  SESSION_SECRET: Type.Optional(Type.String({ minLength: 32 })),
  CABILDO_IDENTITY_KEY: Type.Optional(Type.String({ minLength: 32 })),
  BASE_URL: Type.Optional(Type.String({ pattern: '^https?://[^/]+' })),
  SMTP_URL: Type.Optional(Type.String({ pattern: '^smtps?://' })),
  MAIL_FROM: Type.String({ default: 'Cabildo <no-reply@cabildo.localhost>' }),
  /** Ley 20.285 art. 20: whether the third party's time to oppose suspends the 20 days (docs/transparency-calendar.md). */
  CABILDO_TRANSPARENCY_THIRD_PARTY_SUSPENDS: Type.Union([Type.Literal('true'), Type.Literal('false')], { default: 'false' }),
  /** The OCDS ocid prefix the publisher registered with the Open Contracting Partnership: 'ocds-' and 6 characters. */
  CABILDO_OCDS_OCID_PREFIX: Type.String({ pattern: '^ocds-[a-z0-9]{6}$', default: 'ocds-cbld00' }),
  /** Sealed bids are encrypted with a key derived from this (procurement/bids/seal.ts); kept apart from SESSION_SECRET. */
  CABILDO_BID_SEALING_KEY: Type.Optional(Type.String({ minLength: 32 })),
  /** The quick-purchase (compra ágil) ceiling in UTM: Decreto 661 of 2024 raised it to 100 UTM. */
  CABILDO_QUICK_PURCHASE_UTM: Type.Integer({ minimum: 1, maximum: 100000, default: 100 }),
  /** The institution (slug) that publishes the Índice GovTech Municipal; its observatory officials steward the method. */
  CABILDO_OBSERVATORY_INSTITUTION: Type.String({ pattern: '^[a-z0-9-]+$', default: 'subdere' }),
  LOG_LEVEL: Type.Union(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((l) => Type.Literal(l)), { default: 'info' }),
});
type Env = Static<typeof ConfigSchema>;

export interface Config {
  env: Env['NODE_ENV'];
  port: number;
  host: string;
  databaseUrl?: string;
  dataDir: string;
  seed: Env['CABILDO_SEED'];
  sessionSecret: string;
  /**
   * Root of the keys for identity data (RUN hashes of eligibility lists, ClaveÚnica client secrets): kept apart from
   * SESSION_SECRET so sessions can be rotated without invalidating them. Rotating it means re-importing every list.
   */
  identityKey: string;
  baseUrl: string;
  smtpUrl?: string;
  mailFrom: string;
  logLevel: Env['LOG_LEVEL'];
  /**
   * Ley 20.285 art. 20 leaves open whether the 20 business days run while a notified third party may still oppose:
   * false (the default) lets them run; true suspends them from the notice to the opposition or the end of its
   * window. Frozen on each request at filing (docs/transparency-calendar.md).
   */
  transparencyThirdPartySuspends: boolean;
  /** The OCDS ocid prefix (procurement/process/ocid.ts); the default is a placeholder until one is registered. */
  ocidPrefix: string;
  /** Root of the key that seals bids until their deadline; rotating it makes sealed bids unreadable. */
  bidSealingKey: string;
  /** The quick-purchase ceiling in UTM (procurement calls of kind quick_purchase). */
  quickPurchaseUtm: number;
  /** Slug of the institution publishing the GovTech index (observatory/policy.ts canStewardObservatory). */
  observatoryInstitution: string;
  /** Cookies get `Secure` when the site is served over HTTPS. */
  secureCookies: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

const NUMERIC = new Set(['PORT', 'CABILDO_QUICK_PURCHASE_UTM']);

/** Parses the environment; throws ConfigError listing every invalid value at once. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(ConfigSchema.properties)) {
    const value = env[key];
    if (value === undefined || value === '') continue;
    raw[key] = NUMERIC.has(key) && /^\d+$/.test(value) ? Number(value) : value;
  }
  const withDefaults = Value.Default(ConfigSchema, structuredClone(raw)) as Env;
  const problems = [...Value.Errors(ConfigSchema, withDefaults)].map((e) => `${e.path.slice(1)}=${JSON.stringify(raw[e.path.slice(1)])}: ${e.message}`);
  const production = withDefaults.NODE_ENV === 'production';
  if (production && !withDefaults.SESSION_SECRET) problems.push('SESSION_SECRET: required in production (at least 32 characters)');
  if (production && !withDefaults.CABILDO_IDENTITY_KEY) problems.push('CABILDO_IDENTITY_KEY: required in production (at least 32 characters)');
  if (production && !withDefaults.CABILDO_BID_SEALING_KEY) problems.push('CABILDO_BID_SEALING_KEY: required in production (at least 32 characters)');
  if (production && !withDefaults.BASE_URL) problems.push('BASE_URL: required in production (the public https:// address)');
  if (production && !raw.CABILDO_SEED) withDefaults.CABILDO_SEED = 'none';
  if (problems.length > 0) throw new ConfigError([...new Set(problems)]);

  const dataDir = resolve(withDefaults.CABILDO_DATA_DIR);
  const baseUrl = (withDefaults.BASE_URL ?? `http://localhost:${withDefaults.PORT}`).replace(/\/$/, '');
  return {
    env: withDefaults.NODE_ENV,
    port: withDefaults.PORT,
    host: withDefaults.HOST,
    databaseUrl: withDefaults.DATABASE_URL,
    dataDir,
    seed: withDefaults.CABILDO_SEED,
    sessionSecret: withDefaults.SESSION_SECRET ?? localSecret(dataDir, 'session-secret'),
    identityKey: withDefaults.CABILDO_IDENTITY_KEY ?? localSecret(dataDir, 'identity-key'),
    baseUrl,
    smtpUrl: withDefaults.SMTP_URL,
    mailFrom: withDefaults.MAIL_FROM,
    logLevel: withDefaults.LOG_LEVEL,
    transparencyThirdPartySuspends: withDefaults.CABILDO_TRANSPARENCY_THIRD_PARTY_SUSPENDS === 'true',
    ocidPrefix: withDefaults.CABILDO_OCDS_OCID_PREFIX,
    bidSealingKey: withDefaults.CABILDO_BID_SEALING_KEY ?? localSecret(dataDir, 'bid-sealing-key'),
    quickPurchaseUtm: withDefaults.CABILDO_QUICK_PURCHASE_UTM,
    observatoryInstitution: withDefaults.CABILDO_OBSERVATORY_INSTITUTION,
    secureCookies: baseUrl.startsWith('https://'),
  };
}

/** Outside production secrets are generated once and kept in the data folder, so they survive restarts. */
function localSecret(dataDir: string, name: string): string {
  const file = join(dataDir, name);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  return secret;
}
