import 'server-only'
import { compose } from '@/lib/core/mail'

// The account mails, each with a plain-text and an HTML part. Links are absolute URLs built from SITE_URL by the
// caller, never from the request.

export const accountMail = {
  passwordReset: (to: string, url: string) =>
    compose(
      to,
      'Reset your password',
      ['Someone (we hope you) asked to reset the password of your profile.', 'The link works once, for 30 minutes. If you did not ask, ignore this mail: nothing changes.'],
      { url, label: 'Choose a new password' },
    ),
  passwordChanged: (to: string) =>
    compose(to, 'Your password was changed', [
      'The password of your profile was just changed, and every session was logged out.',
      'If that was not you, reset your password at once with "Forgot your password?" on the login page.',
    ]),
  magicLink: (to: string, url: string) =>
    compose(to, 'Your sign-in link', ['Use this link to log in. It works once, for 15 minutes.'], { url, label: 'Log in' }),
  welcome: (to: string, name: string, url: string) =>
    compose(
      to,
      'Welcome',
      [`Welcome, ${name}. Your free profile gives you every article and talk, free seminars and briefings, and free publications and papers.`, 'Please confirm that this is your email address.'],
      { url, label: 'Confirm my email address' },
    ),
  emailChanged: (to: string, newEmail: string) =>
    compose(to, 'Your email address was changed', [
      `Your profile now uses ${newEmail} instead of this address.`,
      'If you did not ask for that, reset your password at once with "Forgot your password?" on the login page, and tell us.',
    ]),
  confirmNewEmail: (to: string, url: string) =>
    compose(to, 'Confirm your new email address', ['You asked to use this address for your profile. It takes effect when you confirm it; the link works for 24 hours.'], {
      url,
      label: 'Confirm this address',
    }),
}
