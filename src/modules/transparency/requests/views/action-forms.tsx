// The officials' forms on a request's workspace: one small form per step the lifecycle accepts now (the route asks
// lifecycle.next() for each, so a form never offers what would be refused), each posting to …/gestion/{action} and
// coming back with its errors and values (422), or with the rule's message when the lifecycle refused it.
import type { ComponentChildren } from 'preact';
import type { ViewContext } from '../../../../core/views/context.js';
import { Button, ErrorSummary, Field, Form, Select, TextArea } from '../../../../core/views/components/form.js';
import { RedactionPreview } from '../../documents/views/marked-text.js';
import type { Redaction } from '../../documents/redaction.js';
import { ANSWER_KINDS, DENIAL_CAUSES } from '../schema.js';
import type { OfficialAction } from '../form.js';
import { formatDay, Radios, type FormState } from './parts.js';

/** What a form needs beyond its fields: the third parties it may name, the dates the lifecycle previewed. */
export interface ActionInfo { parties?: Array<{ id: number; label: string }>; dueOn?: string | null; extendedDueOn?: string | null }
export interface AnswerPreview { text: string; matches: Redaction[]; reviewed: string }

export function ActionForms({ ctx, base, allowed, forms, institutions, preview }: {
  ctx: ViewContext; base: string; allowed: ReadonlyMap<OfficialAction, ActionInfo>; forms: Partial<Record<OfficialAction, FormState>>;
  institutions: Array<{ slug: string; name: string }>; preview?: AnswerPreview;
}) {
  const { t } = ctx;
  const st = (a: OfficialAction) => forms[a] ?? { values: {} };
  const v = (a: OfficialAction, f: string) => st(a).values[f];
  const e = (a: OfficialAction, f: string) => st(a).errors?.[f];
  const section = (a: OfficialAction, title: string, lead: string | null, body: ComponentChildren, submit: string) => allowed.has(a) && (
    <section aria-labelledby={`accion-${a}`}>
      <h3 id={`accion-${a}`}>{title}</h3>
      {lead && <p class="hint">{lead}</p>}
      <ErrorSummary ctx={ctx} errors={st(a).errors} />
      <Form ctx={ctx} action={`${base}/${a}`}>{body}<Button variant="secondary">{submit}</Button></Form>
    </section>
  );
  const reasons = (a: OfficialAction, field: string, label = t('transparency.request.work.reasons')) =>
    <TextArea name={field} label={label} value={v(a, field)} error={e(a, field)} rows={3} />;
  const parties = (a: OfficialAction) => (allowed.get(a)?.parties ?? []).map((p) => ({ value: String(p.id), label: p.label }));
  const ext = allowed.get('prorrogar');
  return (
    <section aria-labelledby="acciones">
      <h2 id="acciones">{t('transparency.request.work.actions')}</h2>
      {Object.entries(forms).filter(([a, f]) => !allowed.has(a as OfficialAction) && f?.errors).map(([, f]) => <ErrorSummary ctx={ctx} errors={f!.errors} />)}
      {allowed.size === 0 && <p>{t('transparency.request.work.noActions')}</p>}
      {section('acusar', t('transparency.request.work.acknowledge'), t('transparency.request.work.acknowledgeLead'), null, t('transparency.request.work.acknowledgeSubmit'))}
      {section('prorrogar', t('transparency.request.work.extend'), ext?.dueOn && ext.extendedDueOn
        ? t('transparency.request.work.extendLead', { due: formatDay(ctx, ext.dueOn), extended: formatDay(ctx, ext.extendedDueOn) }) : null,
      reasons('prorrogar', 'extensionReasons'), t('transparency.request.work.extendSubmit'))}
      {allowed.has('responder') && (
        <section aria-labelledby="accion-responder">
          <h3 id="accion-responder">{t('transparency.request.work.answer')}</h3>
          <p class="hint">{t('transparency.request.work.answerLead')}</p>
          <ErrorSummary ctx={ctx} errors={st('responder').errors} />
          {preview && <>
            <p class="notice">{t(preview.matches.length ? 'transparency.request.work.previewFound' : 'transparency.request.work.previewNone', { n: preview.matches.length })}</p>
            {preview.matches.length > 0 && <RedactionPreview ctx={ctx} preview={{ kind: 'text', text: preview.text, matches: preview.matches }} />}
          </>}
          <Form ctx={ctx} action={`${base}/responder`}>
            <Radios name="kind" legend={t('transparency.request.work.answerKind')} value={v('responder', 'kind')} error={e('responder', 'kind')}
              options={ANSWER_KINDS.map((k) => ({ value: k, label: t(`transparency.request.answer.kind.${k}`) }))} />
            <Select name="cause" label={t('transparency.request.work.cause')} hint={t('transparency.request.work.causeHint')} value={v('responder', 'cause')} error={e('responder', 'cause')}
              options={[{ value: '', label: t('transparency.request.work.noCause') }, ...DENIAL_CAUSES.map((c) => ({ value: c, label: `${c} · ${t(`transparency.request.cause.${c}`)}` }))]} />
            <Field name="url" type="url" label={t('transparency.request.work.url')} hint={t('transparency.request.work.urlHint')} value={v('responder', 'url')} error={e('responder', 'url')} />
            <TextArea name="answerText" label={t('transparency.request.work.answerText')} hint={t('transparency.request.work.answerTextHint')} value={v('responder', 'answerText')} error={e('responder', 'answerText')} rows={8} />
            {preview && <input type="hidden" name="reviewed" value={preview.reviewed} />}
            <p><button type="submit" name="preview" value="1" class="button button-secondary">{t('transparency.request.work.preview')}</button>{' '}
              <Button>{t('transparency.request.work.answerSubmit')}</Button></p>
          </Form>
        </section>
      )}
      {section('subsanacion', t('transparency.request.work.correction'), t('transparency.request.work.correctionLead'), reasons('subsanacion', 'correctionReasons', t('transparency.request.work.correctionReasons')), t('transparency.request.work.correctionSubmit'))}
      {section('derivar', t('transparency.request.work.transfer'), t('transparency.request.work.transferLead'), <>
        <Select name="toInstitution" label={t('transparency.request.work.toInstitution')} value={v('derivar', 'toInstitution')} error={e('derivar', 'toInstitution')}
          options={[{ value: '', label: t('transparency.request.work.outsideBody') }, ...institutions.map((i) => ({ value: i.slug, label: i.name }))]} />
        <Field name="toBody" label={t('transparency.request.work.toBody')} hint={t('transparency.request.work.toBodyHint')} value={v('derivar', 'toBody')} error={e('derivar', 'toBody')} />
        {reasons('derivar', 'transferReasons')}
      </>, t('transparency.request.work.transferSubmit'))}
      {section('tercero', t('transparency.request.work.thirdParty'), t('transparency.request.work.thirdPartyLead'),
        <Field name="partyLabel" label={t('transparency.request.work.thirdPartyLabel')} hint={t('transparency.request.work.thirdPartyLabelHint')} value={v('tercero', 'partyLabel')} error={e('tercero', 'partyLabel')} />,
        t('transparency.request.work.thirdPartySubmit'))}
      {section('oposicion', t('transparency.request.work.opposition'), t('transparency.request.work.oppositionLead'), <>
        <Select name="opposedParty" label={t('transparency.request.work.whichParty')} value={v('oposicion', 'opposedParty')} options={parties('oposicion')} />
        {reasons('oposicion', 'oppositionReasons')}
      </>, t('transparency.request.work.oppositionSubmit'))}
      {section('consejo', t('transparency.request.work.council'), null, <>
        <Select name="decidedParty" label={t('transparency.request.work.whichParty')} value={v('consejo', 'decidedParty')} options={parties('consejo')} />
        <Radios name="deliveryAllowed" legend={t('transparency.request.work.councilDecision')} value={v('consejo', 'deliveryAllowed')} error={e('consejo', 'deliveryAllowed')}
          options={[{ value: 'true', label: t('transparency.request.timeline.councilAllowed') }, { value: 'false', label: t('transparency.request.timeline.councilUpheld') }]} />
      </>, t('transparency.request.work.councilSubmit'))}
      {section('comentar', t('transparency.request.work.comment'), t('transparency.request.work.commentLead'),
        <TextArea name="commentText" label={t('transparency.request.work.text')} value={v('comentar', 'commentText')} error={e('comentar', 'commentText')} rows={3} />, t('transparency.request.work.commentSubmit'))}
      {section('nota', t('transparency.request.work.note'), t('transparency.request.work.noteLead'),
        <TextArea name="noteText" label={t('transparency.request.work.text')} value={v('nota', 'noteText')} error={e('nota', 'noteText')} rows={3} />, t('transparency.request.work.noteSubmit'))}
    </section>
  );
}
