// /participacion/consultas/{id}: what is asked and until when, who may answer, and the questionnaire itself when the
// reader may answer now (filled with their response when they come back to edit it); otherwise why not.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import type { HttpError } from '../../../../core/http/errors.js';
import { FollowButton } from '../../notifications/follow-button.js';
import type { ConsultationWithQuestions } from '../queries.js';
import type { FieldValues } from '../form-fields.js';
import { QuestionList, Questionnaire } from './questionnaire.js';
import { consultationCrumbs, consultationPath, Dates, when } from './common.js';

export interface ConsultationPageProps {
  ctx: ViewContext;
  c: ConsultationWithQuestions;
  /** Why the reader may not answer now (401: sign in; 403: level; 409: window or phase), or null. */
  problem: HttpError | null;
  values: FieldValues;
  errors?: Record<string, string>;
  answeredAt: Date | null;
  following: boolean;
  resultsOut: boolean;
}

export function ConsultationPage({ ctx, c, problem, values, errors, answeredAt, following, resultsOut }: ConsultationPageProps) {
  const { t } = ctx;
  const path = consultationPath(c.id);
  return (
    <Layout ctx={ctx} title={c.title} institution={{ slug: c.institutionSlug, name: c.institutionName }} breadcrumbs={consultationCrumbs(ctx, c)}>
      <link rel="stylesheet" href={`${path}/condiciones.css`} />
      <h1>{c.title}</h1>
      <p class="subtitle">{c.institutionName}</p>
      {c.description.split(/\n{2,}/).map((p) => <p>{p}</p>)}
      <Dates ctx={ctx} c={c} />
      <FollowButton ctx={ctx} subject={{ type: 'consultation', id: c.id }} following={following} back={path} />
      <p>
        <a href={`${path}/resultados`}>{t(resultsOut ? 'participation.consultation.seeResults' : 'participation.consultation.resultsWhen')}</a>
        {' · '}<a href={`${path}/debate`}>{t('participation.consultation.debate')}</a>
      </p>
      <h2>{t('participation.consultation.questionnaire')}</h2>
      {answeredAt && <p class="notice">{t('participation.consultation.answered')} {when(ctx, answeredAt)}. {!problem && <>{t('participation.consultation.editUntil')} {when(ctx, c.closesAt)}.</>}</p>}
      {problem ? <><Refusal ctx={ctx} problem={problem} path={path} /><QuestionList ctx={ctx} c={c} /></> : (
        <>
          <p class="hint">{t('participation.consultation.privacy')}</p>
          <Questionnaire ctx={ctx} c={c} action={path} values={values} errors={errors} editing={answeredAt !== null} />
        </>
      )}
    </Layout>
  );
}

function Refusal({ ctx, problem, path }: { ctx: ViewContext; problem: HttpError; path: string }) {
  if (problem.statusCode === 401) {
    return <p class="notice"><a href={`/ingresar?next=${encodeURIComponent(path)}`}>{ctx.t('participation.consultation.signInToAnswer')}</a></p>;
  }
  return <p class="notice">{ctx.t(problem.messageKey, problem.params)}</p>;
}
