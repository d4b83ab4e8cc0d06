import { z } from 'zod'
import { parseLocalDateTime } from '@/lib/core/dates'
import { idSchema, optionalIdSchema } from '@/lib/core/params'
import { lineText, multilineText } from '@/lib/core/text'

// An issue as the desk's form sends it: the action parses it with issueFormSchema, lib/newsletter/issues.ts saves it.

export const maxIssueArticles = 12

export const issueFormSchema = z.object({
  id: optionalIdSchema,
  subject: lineText().trim().min(1, 'Enter a subject.').max(150, 'Use at most 150 characters.'),
  intro: multilineText().trim().max(5000, 'Use at most 5,000 characters.'),
  articleIds: z
    .array(idSchema, 'Choose at least one article.')
    .min(1, 'Choose at least one article or seminar.')
    .max(maxIssueArticles, `Choose at most ${maxIssueArticles}.`),
})

export type IssueInput = z.output<typeof issueFormSchema>

export const issueIdSchema = z.object({ issueId: idSchema })

export const scheduleIssueSchema = z.object({
  issueId: idSchema,
  // A wall-clock time in Copenhagen, as the datetime-local field sends it.
  scheduledAt: z.string().transform((value, context) => {
    const date = parseLocalDateTime(value)
    if (!date) context.addIssue({ code: 'custom', message: 'Enter a date and time.' })
    else if (date.getTime() <= Date.now()) context.addIssue({ code: 'custom', message: 'Choose a time in the future, or send now.' })
    return date ?? z.NEVER
  }),
})
