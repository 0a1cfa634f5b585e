// The shapes of the registry's input, one source for the API bodies (TypeBox, hence OpenAPI) and the pages' forms
// (parseForm converts the strings). Rules that deserve their own sentence (a date in the future, a javascript: link,
// a phase that may not follow the current one) are the commands'.
import { Type } from '@sinclair/typebox';
import { PHASES } from '../phases.js';
import { ACCESSIBILITY, INCUBATOR_KINDS, REACHES, THEMES, USER_TYPES } from './schema.js';

const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
const Day = (description: string) => Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: `${description} (YYYY-MM-DD, a Santiago calendar day, not in the future)` });
const Slug = (description: string) => Type.String({ maxLength: 80, description: `${description}: lower-case letters, digits and hyphens` });
const Url = (description: string) => Type.String({ maxLength: 2000, description: `${description} (http or https)` });
const Text = (maxLength: number, description?: string) => Type.String({ maxLength, description });

export const SlugParams = Type.Object({ slug: Type.String({ maxLength: 80 }) });
export const PhaseParams = Type.Object({ slug: Type.String({ maxLength: 80 }), id: Type.Integer({ minimum: 1 }) });

/** The record's fields that registering and editing share (API names; the forms add team rows and the first phase). */
const RecordFields = {
  title: Text(200, 'The service\'s name'),
  mission: Text(4000, 'The users\' problem, stated without presupposing a digital solution'),
  leadEmail: Type.String({ maxLength: 320, description: 'Email of the lead official\'s account (an official of any institution); never published' }),
  leadTitle: Type.Optional(Text(200, 'The lead\'s job title as shown')),
  userTypes: Type.Optional(Type.Array(literals(USER_TYPES), { maxItems: USER_TYPES.length })),
  themes: Type.Optional(Type.Array(literals(THEMES), { maxItems: THEMES.length })),
  reach: Type.Optional(literals(REACHES)),
  link: Type.Optional(Url('The service\'s address for its users')),
  repository: Type.Optional(Url('Public source-code repository')),
  contact: Type.Optional(Text(300, 'A public contact: a team mailbox or a contact page')),
  accessibility: Type.Optional(literals(ACCESSIBILITY)),
  accessibilityUrl: Type.Optional(Url('Accessibility statement or audit')),
  riskAnalysisUrl: Type.Optional(Url('Published risk analysis (security and personal data)')),
};
const Sponsors = Type.Array(Type.String({ maxLength: 100 }), { minItems: 1, maxItems: 50, description: 'Slugs of the sponsoring institutions' });
const Team = Type.Array(Type.Object({ name: Text(200), role: Text(200) }, { additionalProperties: false }), { maxItems: 50, description: 'The whole team, in order' });
const FirstPhase = literals(['investigacion', 'construccion'] as const);

export const ServiceBody = Type.Object({
  slug: Slug('The service\'s address, /servicios/{slug}'), incubator: Slug('The incubator\'s slug'), ...RecordFields, sponsors: Sponsors, team: Type.Optional(Team),
  firstPhase: Type.Object({ phase: FirstPhase, startedOn: Day('The day it started'), note: Type.Optional(Text(1000)) }, { additionalProperties: false }),
}, { additionalProperties: false });

/** PATCH: only the fields sent change; a link sent as null (or "") is removed; `team` replaces the whole list. */
const nullable = <T extends ReturnType<typeof Url>>(s: T) => Type.Optional(Type.Union([s, Type.Null()]));
export const ServicePatch = Type.Object({
  title: Type.Optional(RecordFields.title), mission: Type.Optional(RecordFields.mission), leadEmail: Type.Optional(RecordFields.leadEmail),
  leadTitle: RecordFields.leadTitle, userTypes: RecordFields.userTypes, themes: RecordFields.themes, reach: RecordFields.reach,
  link: nullable(Url('The service\'s address')), repository: nullable(Url('Repository')), contact: nullable(Text(300)),
  accessibility: Type.Optional(Type.Union([literals(ACCESSIBILITY), Type.Null()])), accessibilityUrl: nullable(Url('Accessibility statement')),
  riskAnalysisUrl: nullable(Url('Risk analysis')), sponsors: Type.Optional(Sponsors), team: Type.Optional(Team),
}, { additionalProperties: false, minProperties: 1 });

export const PhaseBody = Type.Object({ phase: literals(PHASES), startedOn: Day('The day the service entered the phase'), note: Type.Optional(Text(1000)) },
  { additionalProperties: false });

/** The service form: the API's record fields, the sponsors as checkboxes, the team as rows of name and role. */
const FormRecord = {
  ...RecordFields, sponsors: Type.Optional(Type.Array(Type.String({ maxLength: 100 }), { maxItems: 50 })),
  teamName: Type.Optional(Type.Array(Text(200), { maxItems: 50 })), teamRole: Type.Optional(Type.Array(Text(200), { maxItems: 50 })),
};
export const NewServiceForm = Type.Object({
  incubator: Slug('Incubator'), slug: Slug('Address'), ...FormRecord, phase: FirstPhase, startedOn: Day('Start'), note: Type.Optional(Text(1000)),
});
/** Editing: the lead's email is only typed to change the lead (blank keeps the current one). */
export const EditServiceForm = Type.Object({ ...FormRecord, leadEmail: Type.Optional(RecordFields.leadEmail) });
export const PhaseForm = PhaseBody;

export const IncubatorForm = Type.Object({
  name: Text(200), slug: Slug('Address'), kind: literals(INCUBATOR_KINDS), institution: Type.String({ maxLength: 100 }),
  regionCode: Type.Optional(Type.String({ maxLength: 2 })), description: Type.Optional(Text(2000)),
});
