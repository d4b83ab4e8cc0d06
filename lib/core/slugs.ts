// Slugs: the last part of a public address. Pure, shared by the DAL, the editor and the seed.

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
export const maxSlugLength = 200
// Slugs made from titles stop here: long enough to say what the article is about.
const generatedSlugLength = 120

/** True for a string that could be a slug; anything else is answered with a 404 without a query. */
export function isSlug(value: string): boolean {
  return value.length <= maxSlugLength && slugPattern.test(value)
}

// Danish letters are spelled out the way Danes do without them, rather than dropped.
const spelledOut: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa', ß: 'ss' }

/** A slug from a title: "Grøn æble-kage på 5 min" → "groen-aeble-kage-paa-5-min". */
export function slugify(title: string): string {
  return title
    .toLowerCase()
    .replace(/[æøåß]/g, (letter) => spelledOut[letter])
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, generatedSlugLength)
    .replace(/^-+|-+$/g, '')
}
