import 'server-only'
import NextAuth, { CredentialsSignin } from 'next-auth'
import Credentials from 'next-auth/providers/credentials'
import { z } from 'zod'
import type { Role } from '@/db/schema'
import { getAuthSecret, isSecureSite } from '@/lib/core/env'
import { endSession, findSessionUser, newSessionId, sessionMaxAgeSeconds } from './session-tokens'
import { findUserByCredentials, signInWithMagicLink } from './sign-in'

declare module 'next-auth' {
  interface User {
    sessionVersion?: number
  }
  interface Session {
    memberId?: number
    role?: Role
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    uid?: number
    sv?: number
    /** The session's own id, so that "Log out" can end this session alone (lib/auth/session-tokens.ts). */
    sid?: string
    role?: Role
  }
}

const credentialsSchema = z.object({ email: z.string().max(320), password: z.string().max(1024) })

// A lazy config: the secret is read on the first request, not when `next build` imports this module.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: getAuthSecret(),
  trustHost: true,
  // Credentials sign-in only works with JWT sessions; the jwt callback below checks each token against the database.
  session: { strategy: 'jwt', maxAge: sessionMaxAgeSeconds },
  // From the site's own address, not the request's: behind a proxy that ends TLS, the request itself is plain http.
  useSecureCookies: isSecureSite(),
  pages: { signIn: '/login' },
  logger: {
    // A wrong password is an expected outcome, answered on the form; it needs no stack trace in the log.
    error(error) {
      if (!(error instanceof CredentialsSignin)) console.error(error)
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials) {
        const parsed = credentialsSchema.safeParse(credentials)
        if (!parsed.success) return null
        const user = await findUserByCredentials(parsed.data.email, parsed.data.password)
        if (!user) return null
        return { id: String(user.id), name: user.name, email: user.email, sessionVersion: user.sessionVersion }
      },
    }),
    // The one-time link from "Email me a sign-in link" (lib/auth/sign-in.ts).
    Credentials({
      id: 'magic-link',
      credentials: { token: {} },
      authorize(credentials) {
        const user = signInWithMagicLink(credentials.token)
        if (!user) return null
        return { id: String(user.id), name: user.name, email: user.email, sessionVersion: user.sessionVersion }
      },
    }),
  ],
  events: {
    // Every sign-out (Log out, log out everywhere, a deleted profile) ends its session on the server as well, so a
    // copy of the cookie taken before stops working at once.
    signOut(message) {
      if ('token' in message && message.token) endSession(message.token)
    },
  },
  callbacks: {
    // Runs at sign-in (with `user`) and on every read of a session, for auth() and /api/auth/session alike; null
    // ends the session. What the session shows of the member is read from the database each time.
    jwt({ token, user }) {
      if (user) return { ...token, uid: Number(user.id), sv: user.sessionVersion, sid: newSessionId() }
      const member = findSessionUser(token)
      if (!member) return null
      return { ...token, name: member.name, email: member.email, role: member.role }
    },
    session({ session, token }) {
      session.memberId = token.uid
      session.role = token.role
      return session
    },
  },
}))
