import { describe, expect, it } from 'vitest';
import { composeAccountEmail, createMailer } from './email.js';

const link = 'https://cabildo.example.cl/confirmar/abc';

describe('account email', () => {
  it('is written to the log, with recipient, subject and link, when SMTP_URL is not set', async () => {
    const logged: Array<{ obj: object; msg: string }> = [];
    const mailer = createMailer({ smtpUrl: undefined, mailFrom: 'Cabildo <x@y.cl>' }, {
      info: (obj, msg) => logged.push({ obj, msg }), error: () => { throw new Error('no error expected'); },
    });
    await mailer.send(composeAccountEmail('confirm', { email: 'ana@example.cl', name: 'Ana', locale: 'es-CL' }, link));
    expect(logged).toEqual([{
      obj: { mail: { to: 'ana@example.cl', subject: 'Confirme su correo en Cabildo', link } },
      msg: expect.stringContaining('SMTP_URL'),
    }]);
  });

  it('is in the person\'s language, with the link and its lifetime in both bodies', () => {
    const en = composeAccountEmail('reset', { email: 'ana@example.cl', name: 'Ana', locale: 'en' }, link);
    expect(en.subject).toBe('Choose a new password on Cabildo');
    expect(en.text).toContain(`Hello Ana,\n\nTo choose a new password, open this link:\n\n${link}\n\nThe link expires in 1 h`);
    expect(en.html).toContain(`<a href="${link}">${link}</a>`);
    const es = composeAccountEmail('confirm', { email: 'ana@example.cl', name: 'Ana', locale: 'es-CL' }, link);
    expect(es.text).toContain('El enlace vence en 48 h');
  });

  it('escapes the name in the HTML body', () => {
    const mail = composeAccountEmail('accountExists', { email: 'x@example.cl', name: '<img src=x onerror=alert(1)>', locale: 'es-CL' }, link);
    expect(mail.html).not.toContain('<img');
    expect(mail.html).toContain('&lt;img');
    expect(mail.text).not.toContain('vence en'); // no lifetime: this email carries no one-time link
  });
});
