// Milestone reviews every six months (issue 10 point 3), as beta.gouv.fr's "comités d'investissement": while a service
// is incubated (phases.ts INCUBATION_PHASES), a review falls due six months after the previous one (or after the
// service's first phase), moved to the next business day on its incubator's institution calendar. The review shows
// its evidence (the team's account and a snapshot of the indicators against their targets, frozen when recorded, so
// it reads as the committee saw it) and records the decision: continue, pivot or stop. Stopping ends the service
// (abandonado, or investigación sin continuación while in investigation) in the same transaction.
// A review may also record that the service reached national impact (the programme's yearly indicator, point 4).
import { pgTable, text, integer, date, timestamp, boolean, jsonb, index } from 'drizzle-orm/pg-core';
import { people } from '../../../core/auth/schema.js';
import { servicesServices } from '../registry/schema.js';
import { PHASES } from '../phases.js';

export const DECISIONS = ['continue', 'pivot', 'stop'] as const;
export type Decision = (typeof DECISIONS)[number];

/** One indicator as the review saw it: its latest value and month, and the target applying then. */
export interface EvidenceIndicator { code: string; name: string; unit: string; direction: 'up' | 'down'; month: string | null; value: number | null; target: number | null }

export const servicesReviews = pgTable('services_reviews', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  serviceId: integer().notNull().references(() => servicesServices.id, { onDelete: 'cascade' }),
  /** The date the review was due (the schedule), and the date it was held (Santiago calendar days). */
  dueOn: date({ mode: 'string' }).notNull(),
  heldOn: date({ mode: 'string' }).notNull(),
  phase: text({ enum: PHASES }).notNull(),
  decision: text({ enum: DECISIONS }).notNull(),
  /** The team's account of what they learnt and measured. */
  evidence: text().notNull(),
  indicators: jsonb().$type<EvidenceIndicator[]>().notNull(),
  /** The committee's reasons for its decision. */
  reasons: text().notNull(),
  nationalImpact: boolean().notNull().default(false),
  recordedBy: integer().references(() => people.id),
  recordedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('services_reviews_service_idx').on(t.serviceId, t.heldOn)]);
