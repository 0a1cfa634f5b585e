// Account email (confirm an address, reset a password, "you already have an account"), in the person's language.
// Sent through SMTP when SMTP_URL is set; otherwise written to the app log, so a development install works
// without a mail server and the link can be copied from the terminal.
import nodemailer from 'nodemailer';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import type { Config } from '../config.js';
import { translator, type Locale } from '../i18n/index.js';
import { EMAIL_TOKEN_HOURS } from './email-tokens.js';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** The one link the message is about (what the log shows when there is no SMTP server). */
  link: string;
  /** Extra headers, e.g. List-Unsubscribe (RFC 2369) on notification emails. */
  headers?: Record<string, string>;
}

export interface Mailer {
  /** Never throws: a failure is logged, and the person can ask again (resend, new reset link). */
  send(message: MailMessage): Promise<void>;
  close(): void;
}

export interface MailLog {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export function createMailer(config: Pick<Config, 'smtpUrl' | 'mailFrom'>, log: MailLog): Mailer {
  if (!config.smtpUrl) {
    return {
      send: async ({ to, subject, link }) => log.info({ mail: { to, subject, link } }, 'SMTP_URL is not set: email written to the log, not sent'),
      close: () => {},
    };
  }
  const transport = nodemailer.createTransport(config.smtpUrl);
  return {
    async send({ to, subject, text, html, headers }) {
      try {
        // Quoted-printable keeps the link readable in the raw message (mail-server logs, support, tests).
        await transport.sendMail({ from: config.mailFrom, to, subject, text, html, headers, textEncoding: 'quoted-printable' });
      } catch (err) {
        log.error({ err, subject }, 'email could not be sent');
      }
    },
    close: () => transport.close(),
  };
}

export type AccountEmailKind = 'confirm' | 'reset' | 'accountExists';

/** Plain text and a simple HTML body with the same paragraphs; preact escapes the HTML. */
export function composeAccountEmail(kind: AccountEmailKind, to: { email: string; name: string; locale: Locale }, link: string): MailMessage {
  const t = translator(to.locale);
  const hours = kind === 'accountExists' ? null : EMAIL_TOKEN_HOURS[kind];
  const before = [t('auth.email.greeting', { name: to.name }), t(`auth.email.${kind}.body`)];
  const after = [hours === null ? null : t('auth.email.expires', { hours }), t('auth.email.ignore'), t('auth.email.signature')]
    .filter((p): p is string => p !== null);
  const html = renderToString(h('div', null,
    ...before.map((p) => h('p', null, p)),
    h('p', null, h('a', { href: link }, link)),
    ...after.map((p) => h('p', null, p))));
  return { to: to.email, subject: t(`auth.email.${kind}.subject`), text: [...before, link, ...after].join('\n\n'), html, link };
}
