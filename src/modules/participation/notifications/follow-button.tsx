// The follow / stop-following button other areas put on their subject's page: a one-button form (no JavaScript)
// that POSTs to FOLLOW_PATH and comes back to `back`; anonymous readers get a sign-in link that returns here.
import type { ViewContext } from '../../../core/views/context.js';
import { Form } from '../../../core/views/components/form.js';
import type { SubjectType } from './schema.js';

export const FOLLOW_PATH = '/participacion/seguir';

export function FollowButton({ ctx, subject, following, back }: {
  ctx: ViewContext; subject: { type: SubjectType; id: number }; following: boolean; back: string;
}) {
  if (!ctx.actor) {
    return <p class="follow"><a href={`/ingresar?next=${encodeURIComponent(back)}`}>{ctx.t('participation.follow.signIn')}</a></p>;
  }
  return (
    <Form ctx={ctx} action={FOLLOW_PATH} class="inline-form follow">
      <input type="hidden" name="type" value={subject.type} />
      <input type="hidden" name="id" value={String(subject.id)} />
      <input type="hidden" name="action" value={following ? 'unfollow' : 'follow'} />
      <input type="hidden" name="back" value={back} />
      <button type="submit" class="button button-secondary">
        {ctx.t(following ? 'participation.follow.unfollow' : 'participation.follow.follow')}
      </button>
    </Form>
  );
}
