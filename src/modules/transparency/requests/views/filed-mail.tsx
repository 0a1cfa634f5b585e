// The email a requester gets on filing: the folio, the deadline and the private follow-up link, which is their only
// way back to the request when they have no account (the token is stored hashed: it cannot be sent again).
import { renderToString } from 'preact-render-to-string';
import type { MailMessage } from '../../../../core/auth/email.js';
import { formatters, translator, type Locale } from '../../../../core/i18n/index.js';

export function composeFiledEmail(to: { email: string; name: string; locale: Locale }, filed: {
  folio: string; institutionName: string; subject: string; dueOn: string | null; link: string; publicUrl: string;
}): MailMessage {
  const t = translator(to.locale);
  const due = filed.dueOn ? formatters(to.locale).date.format(new Date(`${filed.dueOn}T12:00:00Z`)) : null;
  const paragraphs = [
    t('transparency.request.mail.greeting', { name: to.name }),
    t('transparency.request.mail.filed', { folio: filed.folio, institution: filed.institutionName, subject: filed.subject }),
    ...(due ? [t('transparency.request.mail.due', { due })] : []),
    t('transparency.request.mail.keepLink'),
  ];
  const after = [t('transparency.request.mail.public', { url: filed.publicUrl }), t('transparency.request.mail.signature')];
  const html = renderToString(<div>
    {paragraphs.map((p) => <p>{p}</p>)}
    <p><a href={filed.link}>{filed.link}</a></p>
    {after.map((p) => <p>{p}</p>)}
  </div>);
  return {
    to: to.email, subject: t('transparency.request.mail.subject', { folio: filed.folio, institution: filed.institutionName }),
    text: [...paragraphs, filed.link, ...after].join('\n\n'), html, link: filed.link,
  };
}
