// Factories for the participation tests: verified voters with API tokens, an official, and a vote opened by the API.
import { eq } from 'drizzle-orm';
import { people } from '../../../core/auth/schema.js';
import type { TestApp } from '../../../test-support/app.js';
import { apiTokenFor, signedIn } from '../../../test-support/people.js';
import { participationVotes } from './schema.js';

export interface Voter { personId: number; token: string }

/** A person whose identity was verified in person (set directly: these tests are about voting, not verifying). */
export async function verifiedVoter(t: TestApp, run: string | null = null): Promise<Voter> {
  const b = await signedIn(t);
  await t.database.db.update(people).set({ identityVerifiedAt: new Date(), identityMethod: 'in_person', run }).where(eq(people.id, b.personId));
  return { personId: b.personId, token: await apiTokenFor(t, b.personId) };
}

export async function unverifiedVoter(t: TestApp): Promise<Voter> {
  const b = await signedIn(t);
  return { personId: b.personId, token: await apiTokenFor(t, b.personId) };
}

export async function participationOfficialToken(t: TestApp, institution = 'temuco') {
  const b = await signedIn(t, 'official', institution, ['participation']);
  return apiTokenFor(t, b.personId);
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

export interface VoteJsonLike { id: number; options: { id: number; label: string }[] }

/** A vote open from a minute ago for an hour, unless told otherwise. */
export async function openVote(t: TestApp, officialToken: string, extra: Record<string, unknown> = {}): Promise<VoteJsonLike> {
  const res = await t.app.inject({
    method: 'POST', url: '/api/v1/participation/votes', headers: bearer(officialToken),
    payload: {
      institution: 'temuco', title: 'Plaza de Armas: ¿qué hacer?', options: ['Parque', 'Estacionamientos', 'Feria'], choice: 'single',
      opensAt: new Date(Date.now() - 60_000).toISOString(), closesAt: new Date(Date.now() + 3600_000).toISOString(), ...extra,
    },
  });
  if (res.statusCode !== 201) throw new Error(`vote not created: ${res.statusCode} ${res.body}`);
  return res.json();
}

/** Ends a vote now (directly: waiting for the close is not what these tests are about). */
export async function closeVote(t: TestApp, voteId: number) {
  await t.database.db.update(participationVotes).set({ closesAt: new Date(Date.now() - 1000) }).where(eq(participationVotes.id, voteId));
}

export const castBallot = (t: TestApp, voteId: number, voter: Voter, payload: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url: `/api/v1/participation/votes/${voteId}/ballots`, headers: bearer(voter.token), payload });
