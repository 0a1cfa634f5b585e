// A local SMTP server that keeps what Cabildo sends, so a journey can follow the link in an email as a person would.
import { SMTPServer } from 'smtp-server';

export interface Mailbox {
  /** SMTP_URL for the app under test. */
  url: string;
  /** Resolves with the first link in the next message to `to` whose path matches `path` (waits up to 10 s). */
  link(to: string, path: RegExp): Promise<URL>;
  close(): Promise<void>;
}

interface Message { to: string[]; body: string }

/** Quoted-printable (RFC 2045 §6.7): soft line breaks and =XX escapes, as nodemailer writes the text part. */
function decodeQuotedPrintable(text: string): string {
  return Buffer.from(text.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8');
}

export async function startMailbox(): Promise<Mailbox> {
  const messages: Message[] = [];
  const server = new SMTPServer({
    // Plain SMTP on loopback: no certificate to trust, no account to log in with.
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, done) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        messages.push({ to: session.envelope.rcptTo.map((r) => r.address), body: decodeQuotedPrintable(Buffer.concat(chunks).toString('latin1')) });
        done();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as { port: number };

  return {
    url: `smtp://127.0.0.1:${port}`,
    async link(to, path) {
      for (let waited = 0; waited < 10_000; waited += 100) {
        const index = messages.findIndex((m) => m.to.includes(to));
        if (index >= 0) {
          const [message] = messages.splice(index, 1);
          const found = [...message.body.matchAll(/https?:\/\/[^\s"<>]+/g)].map((m) => new URL(m[0])).find((u) => path.test(u.pathname));
          if (!found) throw new Error(`no link matching ${path} in the message to ${to}:\n${message.body}`);
          return found;
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`no message to ${to} within 10 s`);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
