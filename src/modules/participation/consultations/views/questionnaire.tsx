// The questionnaire as one HTML form that works without JavaScript: one block per question, radios and checkboxes
// in fieldsets with legends (WCAG 1.3.1), a select of positions per option for rankings, one radio group per matrix
// row. Conditional questions are hidden by the consultation's stylesheet (routes.web.tsx: `:has()` on the
// controlling option) and say in words when to answer them, for readers without CSS; the server discards their
// answers when the condition is not met anyway (validation.ts).
import type { ComponentChildren } from 'preact';
import type { ViewContext } from '../../../../core/views/context.js';
import { Button, ErrorSummary, Form } from '../../../../core/views/components/form.js';
import type { ConsultationWithQuestions } from '../queries.js';
import type { FieldValues } from '../form-fields.js';
import { choiceBounds, TEXT_MAX, type QuestionDef } from '../validation.js';

type Question = ConsultationWithQuestions['questions'][number];

const has = (values: FieldValues, name: string, value: string) => {
  const v = values[name];
  return Array.isArray(v) ? v.includes(value) : v === value;
};
const one = (values: FieldValues, name: string) => { const v = values[name]; return (Array.isArray(v) ? v[0] : v) ?? ''; };

export function Questionnaire({ ctx, c, action, values, errors, editing }: {
  ctx: ViewContext; c: ConsultationWithQuestions; action: string; values: FieldValues; errors?: Record<string, string>; editing: boolean;
}) {
  const { t } = ctx;
  const labels = Object.fromEntries(c.questions.map((q, i) => [`q${q.id}`, t('participation.consultation.questionN', { n: i + 1 })]));
  return (
    <>
      <ErrorSummary ctx={ctx} errors={errors} labels={labels} />
      <Form ctx={ctx} action={action} class="questionnaire">
        {c.questions.map((q, i) => <QuestionBlock ctx={ctx} c={c} q={q} n={i + 1} values={values} error={errors?.[`q${q.id}`]} />)}
        <Button>{t(editing ? 'participation.consultation.saveEdit' : 'participation.consultation.submit')}</Button>
      </Form>
    </>
  );
}

/**
 * What is asked, read-only: for whoever may not answer now (signed out, not eligible, closed), so the questions of a
 * public consultation are public too.
 */
export function QuestionList({ ctx, c }: { ctx: ViewContext; c: ConsultationWithQuestions }) {
  const { t } = ctx;
  return (
    <ol class="question-list">
      {c.questions.map((q) => {
        const condition = conditionText(ctx, c, q);
        return (
          <li>
            <strong>{q.title}</strong>
            {condition && <p class="hint">{condition}</p>}
            {q.help && <p class="hint">{q.help}</p>}
            {q.kind === 'scale_1_7' && <p>{t('participation.consultation.scaleAsked')}</p>}
            {q.kind === 'matrix' && <p>{t('participation.consultation.matrixAsked', { rows: q.rows.join(' · ') })}</p>}
            {q.options.length > 0 && <ul>{q.options.map((o) => <li>{o.label}</li>)}</ul>}
          </li>
        );
      })}
    </ol>
  );
}

function conditionText(ctx: ViewContext, c: ConsultationWithQuestions, q: QuestionDef): string | null {
  if (q.conditionQuestionId === null) return null;
  const index = c.questions.findIndex((x) => x.id === q.conditionQuestionId);
  const option = c.questions[index]?.options.find((o) => o.id === q.conditionOptionId)?.label ?? '';
  return ctx.t('participation.consultation.onlyIf', { n: index + 1, option });
}

function QuestionBlock({ ctx, c, q, n, values, error }: {
  ctx: ViewContext; c: ConsultationWithQuestions; q: Question; n: number; values: FieldValues; error?: string;
}) {
  const { t } = ctx;
  const id = `f-q${q.id}`;
  const condition = conditionText(ctx, c, q);
  const title = <>{`${n}. ${q.title}`}{q.required && <span class="hint">{` (${t('participation.consultation.required')})`}</span>}</>;
  const notes = (
    <>
      {condition && <p class="hint">{condition}</p>}
      {q.help && <p class="hint" id={`${id}-hint`}>{q.help}</p>}
      {error && <p class="error-message" id={`${id}-error`}>{error}</p>}
    </>
  );
  const block = (children: ComponentChildren) => (
    <div id={`q-${q.id}`} class={`question field${error ? ' field-error' : ''}`}>{children}</div>
  );
  if (q.kind === 'short_text' || q.kind === 'long_text') {
    const common = { id, name: `q${q.id}`, maxLength: TEXT_MAX[q.kind], 'aria-invalid': error ? ('true' as const) : undefined,
      'aria-describedby': [q.help && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined };
    return block(<>
      <label for={id}>{title}</label>{notes}
      {q.kind === 'short_text' ? <input type="text" value={one(values, `q${q.id}`)} {...common} /> : <textarea rows={5} {...common}>{one(values, `q${q.id}`)}</textarea>}
    </>);
  }
  const group = (children: ComponentChildren) => block(
    <fieldset id={id} class="field" aria-describedby={error ? `${id}-error` : undefined}><legend>{title}</legend>{notes}{children}</fieldset>,
  );
  const choice = (type: 'radio' | 'checkbox', name: string, value: string, label: string, inputId: string) => (
    <div><label class="inline" for={inputId}>
      <input type={type} id={inputId} name={name} value={value} checked={has(values, name, value)} />{label}
    </label></div>
  );
  switch (q.kind) {
    case 'single_choice':
    case 'multiple_choice': {
      const type = q.kind === 'single_choice' ? 'radio' : 'checkbox';
      const { min, max } = choiceBounds(q);
      return group(<>
        {q.kind === 'multiple_choice' && <p class="hint">{t('participation.consultation.chooseBetween', { min, max })}</p>}
        {q.options.map((o) => choice(type, `q${q.id}`, String(o.id), o.label, `${id}-o${o.id}`))}
      </>);
    }
    case 'scale_1_7':
      return group(<>
        <p class="hint">{t('participation.consultation.scaleHint')}</p>
        {[1, 2, 3, 4, 5, 6, 7].map((v) => <label class="inline" for={`${id}-v${v}`}>
          <input type="radio" id={`${id}-v${v}`} name={`q${q.id}`} value={String(v)} checked={has(values, `q${q.id}`, String(v))} />{v}
        </label>)}
      </>);
    case 'ranking':
      return group(<>
        <p class="hint">{t('participation.consultation.rankingHint', { n: q.options.length })}</p>
        {q.options.map((o) => (
          <div class="field">
            <label for={`${id}-o${o.id}`}>{o.label}</label>
            <select id={`${id}-o${o.id}`} name={`q${q.id}_o${o.id}`}>
              <option value="">{t('participation.consultation.noPosition')}</option>
              {q.options.map((_, p) => <option value={String(p + 1)} selected={one(values, `q${q.id}_o${o.id}`) === String(p + 1)}>{String(p + 1)}</option>)}
            </select>
          </div>
        ))}
      </>);
    case 'matrix':
      return group(q.rows.map((row, r) => (
        <fieldset class="field">
          <legend>{row}</legend>
          {q.options.map((o) => <label class="inline" for={`${id}-r${r}-o${o.id}`}>
            <input type="radio" id={`${id}-r${r}-o${o.id}`} name={`q${q.id}_r${r}`} value={String(o.id)} checked={has(values, `q${q.id}_r${r}`, String(o.id))} />{o.label}
          </label>)}
        </fieldset>
      )));
  }
}

/**
 * The stylesheet that hides each conditional question while its controlling option is not selected, and also while
 * the controlling question is itself hidden (chains), using `:has()`: no script, and a strict CSP allows it (a file).
 */
export function conditionsCss(c: ConsultationWithQuestions): string {
  const byId = new Map(c.questions.map((q) => [q.id, q]));
  const rules: string[] = [];
  for (const q of c.questions) {
    for (let cur: QuestionDef | undefined = q; cur && cur.conditionQuestionId !== null; cur = byId.get(cur.conditionQuestionId)) {
      rules.push(`.questionnaire:has(#f-q${cur.conditionQuestionId}-o${cur.conditionOptionId}:not(:checked)) #q-${q.id} { display: none; }`);
    }
  }
  return `${rules.join('\n')}\n`;
}
