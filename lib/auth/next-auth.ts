import 'server-only'
import NextAuth, { CredentialsSignin } from 'next-auth'
import Credentials from 'next-auth/providers/credentials'
import { z } from 'zod'
import { getAuthSecret } from '@/lib/core/env'
import { findUserByCredentials, signInWithMagicLink } from './sign-in'

declare module 'next-auth' {
  interface User {
    sessionVersion?: number
  }
  interface Session {
    memberId?: number
    sessionVersion?: number
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    uid?: number
    sv?: number
  }
}

const credentialsSchema = z.object({ email: z.string().max(320), password: z.string().max(1024) })

// A lazy config: the secret is read on the first request, not when `next build` imports this module.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: getAuthSecret(),
  trustHost: true,
  // Credentials sign-in only works with JWT sessions; lib/auth/session.ts re-checks each token against the database.
  session: { strategy: 'jwt' },
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
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id)
        token.sv = user.sessionVersion
      }
      return token
    },
    session({ session, token }) {
      session.memberId = token.uid
      session.sessionVersion = token.sv
      return session
    },
  },
}))
