// CABILDO_OBSERVATORY_INSTITUTION names the institution whose officials steward the index: a slug that names none
// stops the start with a message saying so, instead of failing every steward check later.
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test-support/app.js';

describe('CABILDO_OBSERVATORY_INSTITUTION', () => {
  it('refuses to start when it names no institution', async () => {
    await expect(createTestApp({ CABILDO_OBSERVATORY_INSTITUTION: 'no-such-institution' }))
      .rejects.toThrow('CABILDO_OBSERVATORY_INSTITUTION: no institution "no-such-institution"');
  });
});
