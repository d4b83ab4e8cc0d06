// Runs once when a server process starts (`next start`, each worker of start:cluster): the newsletter's sender
// resumes whatever the database says is left to send. Not while `next build` prerenders.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const { startNewsletterSender } = await import('./lib/newsletter/sender')
  startNewsletterSender()
}
