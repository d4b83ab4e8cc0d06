import { handlers } from '@/lib/auth/next-auth'

// Only Auth.js's read endpoints (session, csrf, providers). Signing in and out goes through the server actions in
// app/(account), which apply the rate limits; a POST handler here would let a script call the credentials
// provider directly, around them.
export const { GET } = handlers
