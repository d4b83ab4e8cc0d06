// A real SMTP server for the tests (smtp-server), on its own port: it keeps every mail it accepts, and answers
// what a test tells it to (a 451 for a while, a 550 for some addresses) at RCPT TO, as a mail provider would.
import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

/** `header(name)`: a header as it was sent (lower-case name), unparsed. */
export type ReceivedMail = { to: string; subject: string; text: string; html: string; header(name: string): string | undefined }
export type Refusal = { code: number; message: string }

export type TestSmtp = {
  url: string
  mails: ReceivedMail[]
  /** The answer to each recipient: null accepts it. */
  answer: (address: string) => Refusal | null
  /** How many RCPT TO each address was sent, accepted or not. */
  attempts: Map<string, number>
  stop(): Promise<void>
}

export async function startSmtp(port: number): Promise<TestSmtp> {
  const smtp: TestSmtp = {
    url: `smtp://127.0.0.1:${port}`,
    mails: [],
    answer: () => null,
    attempts: new Map(),
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  }
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    // Many mails a second from one sender, as a newsletter is.
    maxClients: 20,
    onRcptTo(address, _session, callback) {
      const to = address.address.toLowerCase()
      smtp.attempts.set(to, (smtp.attempts.get(to) ?? 0) + 1)
      const refusal = smtp.answer(to)
      if (!refusal) return callback()
      callback(Object.assign(new Error(refusal.message), { responseCode: refusal.code }))
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const to = [parsed.to ?? []].flat().flatMap((group) => group.value.map((entry) => entry.address?.toLowerCase() ?? ''))
          const header = (name: string) => parsed.headerLines.find((line) => line.key === name)?.line.replace(/^[^:]+:\s*/, '')
          for (const address of to) {
            smtp.mails.push({ to: address, subject: parsed.subject ?? '', text: parsed.text ?? '', html: String(parsed.html || ''), header })
          }
          callback()
        })
        .catch(callback)
    },
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve())
  })
  return smtp
}

/** The mails to `to` whose subject contains `subject`. */
export const mailsTo = (smtp: TestSmtp, to: string, subject = '') =>
  smtp.mails.filter((mail) => mail.to === to.toLowerCase() && mail.subject.includes(subject))
