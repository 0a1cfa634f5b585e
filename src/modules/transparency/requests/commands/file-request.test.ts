// The art. 20 rule comes from one configuration key, validated at boot like every other (core/config.ts).
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../../core/config.js';
import { requestRulesOf } from './file-request.js';

const env = (extra: Record<string, string> = {}) => ({ NODE_ENV: 'test', CABILDO_DATA_DIR: '/tmp/cabildo-rules-test', SESSION_SECRET: 's'.repeat(32), CABILDO_IDENTITY_KEY: 'k'.repeat(32), ...extra });

describe('requestRulesOf', () => {
  it('lets the 20 days run during a third party\'s notice by default, and suspends them when configured', () => {
    expect(requestRulesOf(loadConfig(env()))).toEqual({ thirdPartySuspends: false });
    expect(requestRulesOf(loadConfig(env({ CABILDO_TRANSPARENCY_THIRD_PARTY_SUSPENDS: 'true' })))).toEqual({ thirdPartySuspends: true });
    expect(requestRulesOf(loadConfig(env({ CABILDO_TRANSPARENCY_THIRD_PARTY_SUSPENDS: 'false' })))).toEqual({ thirdPartySuspends: false });
  });

  it('rejects a value that is not true or false at boot', () => {
    expect(() => loadConfig(env({ CABILDO_TRANSPARENCY_THIRD_PARTY_SUSPENDS: 'yes' }))).toThrow(ConfigError);
  });
});
