import { z } from 'zod'

// Limits of the site settings, shared by the settings form and the editor's preview.

const teaserMessage = 'Enter a whole number from 1 to 20.'
export const teaserParagraphsSchema = z.coerce.number(teaserMessage).int(teaserMessage).min(1, teaserMessage).max(20, teaserMessage)
