// A draw on the body's page: its state, the commitment (seed hash), the public volunteer list, the way to volunteer,
// and once drawn the seed, the list hash, the full order with each key, and how to re-run it with standard tools.
import type { ViewContext } from '../../../../core/views/context.js';
import { formatters } from '../../../../core/i18n/index.js';
import { Button, Field, Form } from '../../../../core/views/components/form.js';
import { Table } from '../../../../core/views/components/table.js';
import { runDraw } from '../draw.js';
import type { presentDraw } from '../present.js';
import { day } from './common.js';

export type DrawView = ReturnType<typeof presentDraw>;
export type VolunteerStatus = 'can' | 'signIn' | 'verify' | 'official' | 'already' | 'closed';

export function DrawSection({ ctx, draw, status, canRun, now }: { ctx: ViewContext; draw: DrawView; status: VolunteerStatus; canRun: boolean; now: Date }) {
  const { t } = ctx;
  const when = formatters(ctx.locale).dateTime;
  const open = !draw.drawnAt && new Date(draw.closesAt) > now;
  const order = draw.seed ? runDraw(draw.seed, draw.volunteers.map((v) => v.publicId), draw.seats).order : [];
  const names = new Map(draw.volunteers.map((v) => [v.publicId, v.name]));
  return (
    <section aria-labelledby={`draw-${draw.id}`}>
      <h3 id={`draw-${draw.id}`}>{t('participation.oversight.draw.heading', { from: day(ctx, draw.termStart), to: day(ctx, draw.termEnd) })}</h3>
      <p>{draw.drawnAt ? t('participation.oversight.draw.drawn', { date: when.format(new Date(draw.drawnAt)) })
        : t(open ? 'participation.oversight.draw.open' : 'participation.oversight.draw.closed', { date: when.format(new Date(draw.closesAt)) })}</p>
      <dl>
        <dt>{t('participation.oversight.draw.seedHash')}</dt><dd><Hash value={draw.seedHash} /></dd>
        {draw.seed && <><dt>{t('participation.oversight.draw.seed')}</dt><dd><code>{draw.seed}</code></dd></>}
        {draw.listHash && <><dt>{t('participation.oversight.draw.listHash')}</dt><dd><Hash value={draw.listHash} /></dd></>}
      </dl>
      {open && <VolunteerBox ctx={ctx} drawId={draw.id} status={status} />}
      {canRun && !draw.drawnAt && !open && (
        <Form ctx={ctx} action={`/participacion/organo-contralor/sorteos/${draw.id}/realizar`}>
          <Field name="seed" label={t('participation.oversight.draw.seedField')} hint={t('participation.oversight.draw.runHint')} required />
          <Button>{t('participation.oversight.draw.run')}</Button>
        </Form>
      )}
      {draw.seed ? (
        <Table ctx={ctx} caption={t('participation.oversight.draw.result')} rows={order} columns={[
          { header: t('participation.oversight.draw.rank'), cell: (e) => e.rank, numeric: true },
          { header: t('participation.oversight.member.publicId'), cell: (e) => e.publicId, rowHeader: true },
          { header: t('participation.oversight.member.name'), cell: (e) => names.get(e.publicId) },
          { header: t('participation.oversight.draw.key'), cell: (e) => <code>{e.key}</code> },
          { header: t('participation.oversight.draw.elected'), cell: (e) => (e.selected ? '✓' : '') },
        ]} />
      ) : draw.volunteers.length === 0 ? <p class="empty-state">{t('participation.oversight.draw.noVolunteers')}</p> : (
        <Table ctx={ctx} caption={t('participation.oversight.draw.volunteersCaption')} rows={draw.volunteers} columns={[
          { header: t('participation.oversight.member.publicId'), cell: (v) => v.publicId, rowHeader: true },
          { header: t('participation.oversight.member.name'), cell: (v) => v.name },
        ]} />
      )}
      <HowToVerify ctx={ctx} draw={draw} />
    </section>
  );
}

/** A 64-digit hash may break every 16 digits on a phone (<wbr> adds no character, so copying it stays exact). */
function Hash({ value }: { value: string }) {
  const parts = value.match(/.{1,16}/g) ?? [];
  return <code>{parts.map((part, i) => <>{i > 0 && <wbr />}{part}</>)}</code>;
}

function VolunteerBox({ ctx, drawId, status }: { ctx: ViewContext; drawId: number; status: VolunteerStatus }) {
  const { t } = ctx;
  if (status === 'already') return <p class="notice">{t('participation.oversight.alreadyIn')}</p>;
  if (status === 'signIn') return <p class="notice"><a href={`/ingresar?next=${encodeURIComponent(ctx.url)}`}>{t('participation.oversight.volunteerSignIn')}</a></p>;
  if (status === 'verify') return <p class="notice">{t('participation.oversight.volunteerVerify')}</p>;
  if (status === 'official') return <p class="notice">{t('participation.oversight.error.official')}</p>;
  if (status !== 'can') return null;
  return (
    <Form ctx={ctx} action={`/participacion/organo-contralor/sorteos/${drawId}/voluntarios`}>
      <p class="hint">{t('participation.oversight.volunteerHint')}</p>
      <Button>{t('participation.oversight.volunteer')}</Button>
    </Form>
  );
}

function HowToVerify({ ctx, draw }: { ctx: ViewContext; draw: DrawView }) {
  const { t } = ctx;
  const seed = draw.seed ?? 'SEMILLA';
  const shell = [`printf '%s\\n' ${draw.volunteers.map((v) => v.publicId).join(' ') || 'V0001'} | sort > ids.txt`,
    'LISTA=$(sha256sum < ids.txt | cut -d" " -f1)',
    `while read id; do printf '%s' "${seed.replace(/["\\$`]/g, '\\$&')}:$LISTA:$id" | sha256sum | sed "s/ .*/ $id/"; done < ids.txt | sort | head -n ${draw.seats}`];
  return (
    <details>
      <summary>{t('participation.oversight.draw.verify')}</summary>
      <p>{t('participation.oversight.draw.verifyIntro')}</p>
      <ol>
        <li>{t('participation.oversight.draw.step1')}</li>
        <li>{t('participation.oversight.draw.step2')}</li>
        <li>{t('participation.oversight.draw.step3', { seats: draw.seats })}</li>
      </ol>
      <p>{t('participation.oversight.draw.why')}</p>
      <p>{t('participation.oversight.draw.shell')}</p>
      {/* Scrolls sideways inside its box on a phone rather than widening the page. */}
      <div class="table-wrap" tabIndex={0} role="region" aria-label={t('participation.oversight.draw.shell')}><pre><code>{shell.join('\n')}</code></pre></div>
    </details>
  );
}
