import { z } from 'zod'

// Text a person typed contains no control characters and no U+FFFD, which is what the submitted bytes decode to
// where they were not valid UTF-8. Either would be stored and shown as garbage (and a line break in a one-line
// field such as a name ends up in mail headers and CSV rows).
const controlOrUnreadable = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd]/
const lineBreak = /[\n\r]/
export const unreadableTextMessage = 'Remove the control characters or unreadable characters.'

/** A one-line field (a name, a title). */
export function lineText() {
  return z.string().refine((value) => !controlOrUnreadable.test(value) && !lineBreak.test(value), unreadableTextMessage)
}

/** A field with lines (a lede, a Markdown body). Tabs and line breaks are allowed. */
export function multilineText() {
  return z.string().refine((value) => !controlOrUnreadable.test(value), unreadableTextMessage)
}
