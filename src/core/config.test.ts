import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './config.js';

const dataDir = () => mkdtempSync(join(tmpdir(), 'cabildo-config-'));

describe('loadConfig', () => {
  it('applies the documented defaults outside production', () => {
    const dir = dataDir();
    const c = loadConfig({ CABILDO_DATA_DIR: dir });
    expect(c).toMatchObject({ port: 3000, host: '127.0.0.1', seed: 'demo', env: 'development', baseUrl: 'http://localhost:3000', secureCookies: false });
    expect(c.databaseUrl).toBeUndefined();
    expect(c.dataDir).toBe(dir);
  });

  it('generates the session secret once and keeps it in the data folder', () => {
    const dir = dataDir();
    const first = loadConfig({ CABILDO_DATA_DIR: dir }).sessionSecret;
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(join(dir, 'session-secret'), 'utf8').trim()).toBe(first);
    expect(loadConfig({ CABILDO_DATA_DIR: dir }).sessionSecret).toBe(first);
  });

  it('reads every variable', () => {
    const c = loadConfig({
      PORT: '8080', HOST: '0.0.0.0', DATABASE_URL: 'postgres://u:p@db/cabildo', CABILDO_SEED: 'none',
      SESSION_SECRET: 'x'.repeat(40), BASE_URL: 'https://cabildo.example.cl/', CABILDO_DATA_DIR: dataDir(),
    });
    expect(c).toMatchObject({ port: 8080, host: '0.0.0.0', databaseUrl: 'postgres://u:p@db/cabildo', seed: 'none', baseUrl: 'https://cabildo.example.cl', secureCookies: true });
  });

  it('lists every invalid value at once', () => {
    let error: ConfigError | undefined;
    try {
      loadConfig({ PORT: 'eighty', CABILDO_SEED: 'lots', DATABASE_URL: 'mysql://x', SESSION_SECRET: 'short', BASE_URL: 'ftp://x' });
    } catch (e) {
      error = e as ConfigError;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const text = error!.message;
    for (const name of ['PORT', 'CABILDO_SEED', 'DATABASE_URL', 'SESSION_SECRET', 'BASE_URL']) expect(text).toContain(name);
    expect(error!.problems.length).toBeGreaterThanOrEqual(5);
  });

  it('requires a session secret and base URL in production, and seeds nothing there by default', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SESSION_SECRET[\s\S]*CABILDO_IDENTITY_KEY[\s\S]*CABILDO_BID_SEALING_KEY[\s\S]*BASE_URL/);
    const c = loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 's'.repeat(32), CABILDO_IDENTITY_KEY: 'i'.repeat(32), CABILDO_BID_SEALING_KEY: 'b'.repeat(32), BASE_URL: 'https://x.cl', CABILDO_DATA_DIR: dataDir() });
    expect(c.seed).toBe('none');
    expect(c.sessionSecret).toBe('s'.repeat(32));
  });

  it('rejects a port out of range', () => {
    expect(() => loadConfig({ PORT: '70000', CABILDO_DATA_DIR: dataDir() })).toThrow(/PORT/);
  });
});
