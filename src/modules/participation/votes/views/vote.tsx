// The vote page: question, options, dates, who may vote, the binding rule, secrecy in plain words, and what the
// reader can do now: vote (radio buttons or checkboxes up to maxChoices), replace (with the old receipt), or why not.
import type { ComponentChildren } from 'preact';
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { Button, ErrorSummary, Field, Form } from '../../../../core/views/components/form.js';
import type { VoteWithOptions } from '../queries.js';
import { canActInModule } from '../../../../core/policy.js';
import { BindingRule, type ProcessRef, voteCrumbs, votePath, whenText } from './common.js';

/** Where the reader stands; decided by the route (eligibility.ts, ballot-rules.ts, the participation row). */
export type BallotStanding = 'canVote' | 'voted' | 'signIn' | 'verify' | 'notOnList' | 'upcoming' | 'closed' | 'phaseClosed';

export interface BallotForm { checked: string[]; errors?: Record<string, string> }

export function VotePage({ ctx, vote, process, standing, form = { checked: [] }, notice, follow }: {
  ctx: ViewContext; vote: VoteWithOptions; process: ProcessRef | null; standing: BallotStanding; form?: BallotForm;
  /** A message on top (the "ya votó" of a second submit, for instance). */
  notice?: string;
  follow?: ComponentChildren;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={vote.title} breadcrumbs={voteCrumbs(ctx, vote, process)}>
      <h1>{vote.title}</h1>
      {notice && <p class="notice" role="status">{notice}</p>}
      {vote.description && vote.description.split(/\n{2,}/).map((p) => <p class="lead">{p}</p>)}
      <p>{t('participation.vote.period', { opens: whenText(ctx, vote.opensAt), closes: whenText(ctx, vote.closesAt) })}</p>
      {follow}
      <Standing ctx={ctx} vote={vote} standing={standing} form={form} />
      <h2>{t('participation.vote.whoTitle')}</h2>
      <p>{t(vote.eligibilityListId === null ? 'participation.vote.whoVerified' : 'participation.vote.whoList')}</p>
      <h2>{t('participation.vote.bindingTitle')}</h2>
      <BindingRule ctx={ctx} vote={vote} />
      <h2>{t('participation.vote.secrecyTitle')}</h2>
      <p>{t('participation.vote.secrecy')}</p>
      {vote.allowReplace && <p>{t('participation.vote.replaceAllowed')}</p>}
      {ctx.actor && standing !== 'closed' && <AssistedLink ctx={ctx} vote={vote} />}
    </Layout>
  );
}

function Standing({ ctx, vote, standing, form }: { ctx: ViewContext; vote: VoteWithOptions; standing: BallotStanding; form: BallotForm }) {
  const { t } = ctx;
  const here = encodeURIComponent(votePath(vote.id));
  switch (standing) {
    case 'canVote': return <Ballot ctx={ctx} vote={vote} form={form} />;
    case 'voted': return (<>
      <p class="notice">{t('participation.ballot.voted')}</p>
      {vote.allowReplace && <><p>{t('participation.ballot.votedReplace')}</p><Ballot ctx={ctx} vote={vote} form={form} replacing /></>}
    </>);
    case 'signIn': return <p class="notice"><a href={`/ingresar?next=${here}`}>{t('participation.ballot.signIn')}</a></p>;
    case 'verify': return <p class="notice">{t('participation.ballot.verify')}</p>;
    case 'notOnList': return <p class="notice">{t('participation.ballot.notOnList')}</p>;
    case 'upcoming': return <p class="notice">{t('participation.ballot.upcoming', { opens: whenText(ctx, vote.opensAt) })}</p>;
    case 'phaseClosed': return <p class="notice">{t('participation.vote.phaseClosed')}</p>;
    case 'closed': return (<p class="notice">
      <a href={`${votePath(vote.id)}/resultados`}>{t('participation.ballot.closedSee')}</a> · <a href={`${votePath(vote.id)}/comprobante`}>{t('participation.results.checkLink')}</a>
    </p>);
  }
}

function Ballot({ ctx, vote, form, replacing = false }: { ctx: ViewContext; vote: VoteWithOptions; form: BallotForm; replacing?: boolean }) {
  const { t } = ctx;
  const labels = { choice: t('participation.ballot.legend'), replaces: t('participation.ballot.oldReceipt') };
  return (
    <>
      <ErrorSummary ctx={ctx} errors={form.errors} labels={labels} />
      <Form ctx={ctx} action={votePath(vote.id)}>
        <Choices ctx={ctx} vote={vote} checked={form.checked} error={form.errors?.choice} />
        {replacing && <Field name="replaces" label={labels.replaces} hint={t('participation.ballot.oldReceiptHint')} error={form.errors?.replaces}
          autocomplete="off" required />}
        <Button>{t(replacing ? 'participation.ballot.replaceSubmit' : 'participation.ballot.submit')}</Button>
      </Form>
    </>
  );
}

/**
 * The options as radio buttons (one-option vote) or checkboxes (up to maxChoices), named "choice", in a fieldset with a
 * legend (WCAG 1.3.1). Each input sits inside its label (label.inline: a 44 px target, one option per line), which
 * core's Checkboxes does not do yet; the stylesheet has no rule for its layout.
 */
export function Choices({ ctx, vote, checked, error }: { ctx: ViewContext; vote: VoteWithOptions; checked: string[]; error?: string }) {
  const { t } = ctx;
  const id = 'f-choice';
  const type = vote.maxChoices === 1 ? 'radio' : 'checkbox';
  const hint = vote.maxChoices === 1 ? t('participation.vote.choiceSingle') : t('participation.vote.choiceMultiple', { max: vote.maxChoices });
  return (
    <fieldset id={id} class={`field${error ? ' field-error' : ''}`} aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}>
      <legend>{t('participation.ballot.legend')}</legend>
      <p class="hint" id={`${id}-hint`}>{hint}</p>
      {error && <p class="error-message" id={`${id}-error`}>{error}</p>}
      {vote.options.map((o) => (
        <div><label class="inline"><input type={type} name="choice" value={String(o.id)} checked={checked.includes(String(o.id))} /> {o.label}</label></div>
      ))}
    </fieldset>
  );
}

function AssistedLink({ ctx, vote }: { ctx: ViewContext; vote: VoteWithOptions }) {
  return canActInModule(ctx.actor, vote.institutionId, 'participation') ? <p><a href={`${votePath(vote.id)}/voto-asistido`}>{ctx.t('participation.assisted.link')}</a></p> : null;
}
