// What a notification says and where it leads, in the reader's language: the same words on the page, in the API
// and in the emails.
import type { MessageKey, Translate } from '../../../core/i18n/index.js';
import type { SubjectType } from './schema.js';
import { subjectPath } from './subjects.js';

export interface NotificationItem {
  kind: string;
  params: Record<string, string | number>;
  subjectType: SubjectType;
  subjectId: number;
  /** The subject's title now (null if it was deleted). */
  title: string | null;
}

const TEXT: Record<string, MessageKey> = {
  'phase.started': 'participation.notifications.kind.phaseStarted',
  'proposal.answered': 'participation.notifications.kind.proposalAnswered',
  'proposal.thresholdReached': 'participation.notifications.kind.thresholdReached',
  'consultation.results': 'participation.notifications.kind.consultationResults',
  'vote.results': 'participation.notifications.kind.voteResults',
  'comment.reply': 'participation.notifications.kind.commentReply',
  'commitment.updated': 'participation.notifications.kind.commitmentUpdated',
  'observation.answered': 'participation.notifications.kind.observationAnswered',
};

const ANSWERS: Record<string, MessageKey> = {
  accepted: 'participation.proposal.answer.accepted',
  rejected: 'participation.proposal.answer.rejected',
  evaluation: 'participation.proposal.answer.evaluation',
};

/** The sentence and the site path of a notification. */
export function describe(t: Translate, item: NotificationItem): { text: string; path: string } {
  const base = subjectPath(item.subjectType, item.subjectId);
  const title = item.title ?? t('participation.notifications.untitled');
  const answer = ANSWERS[String(item.params.answer)];
  const text = t(TEXT[item.kind] ?? 'participation.notifications.kind.other', {
    ...item.params, title, answer: answer ? t(answer) : String(item.params.answer ?? ''),
  });
  const path = item.kind === 'consultation.results' || item.kind === 'vote.results' ? `${base}/resultados`
    : item.kind === 'comment.reply' ? `${base}/debate${item.params.commentId ? `#c-${item.params.commentId}` : ''}`
    : base;
  return { text, path };
}
