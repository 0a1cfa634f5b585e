import { describe, expect, it } from 'vitest';
import { PROPOSAL_STATES, acceptsSupports, isPublicState, next } from './lifecycle.js';

describe('proposal lifecycle', () => {
  it('publishes or discards a held proposal, nothing else', () => {
    expect(next('held', 'publish')).toBe('published');
    expect(next('held', 'discard')).toBe('discarded');
    expect(next('held', 'answer.accepted')).toBeNull();
    expect(next('held', 'thresholdReached')).toBeNull();
  });

  it('moves to evaluation on the threshold only from published', () => {
    expect(next('published', 'thresholdReached')).toBe('evaluation');
    expect(next('evaluation', 'thresholdReached')).toBeNull();
    expect(next('accepted', 'thresholdReached')).toBeNull();
  });

  it('takes answers while published or under evaluation; accepted and rejected are final', () => {
    for (const from of ['published', 'evaluation'] as const) {
      expect(next(from, 'answer.accepted')).toBe('accepted');
      expect(next(from, 'answer.rejected')).toBe('rejected');
      expect(next(from, 'answer.evaluation')).toBe('evaluation');
    }
    for (const final of ['accepted', 'rejected', 'discarded'] as const) {
      for (const event of ['publish', 'discard', 'thresholdReached', 'answer.accepted', 'answer.rejected', 'answer.evaluation'] as const) {
        expect(next(final, event)).toBeNull();
      }
    }
  });

  it('hides held and discarded proposals and takes supports only when open to them', () => {
    expect(PROPOSAL_STATES.filter(isPublicState)).toEqual(['published', 'evaluation', 'accepted', 'rejected']);
    expect(PROPOSAL_STATES.filter(acceptsSupports)).toEqual(['published', 'evaluation']);
  });
});
