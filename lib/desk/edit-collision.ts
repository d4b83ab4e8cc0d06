// When a save is refused because someone else saved the article after the editor opened it, the editor's fields
// are merged three ways: the version the editor started from (base), what they typed (mine) and what is stored now
// (theirs). Pure, so it is tested alone; lib/desk/article-revisions.ts reads the three versions.
import type { ArticleFormValues } from './article-form'

export type EditorField = keyof ArticleFormValues

/** A refused save, as the editor shows it: the form as it now stands, and what came from whom. */
export type Collision = {
  /** The version stored now: the form is based on it from here on. */
  version: number
  /** The fields as the form should now show them. */
  values: ArticleFormValues
  /** Fields only the other person changed: their value is now in the form. */
  theirChanges: EditorField[]
  /** Fields both changed differently: the form keeps what was typed, and shows theirs beside it to choose. */
  bothChanged: { field: EditorField; theirs: ArticleFormValues[EditorField] }[]
}

type Value = ArticleFormValues[EditorField]

/**
 * Whether two values of a field say the same. The browser sends a textarea's line breaks as CRLF, and the editor
 * trims what it stores, so neither counts as a change; co-authors are compared as a set.
 */
export function sameValue(a: Value, b: Value): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((id) => b.includes(id))
  if (typeof a === 'string' && typeof b === 'string') return normalize(a) === normalize(b)
  return a === b
}

const normalize = (text: string) => text.replace(/\r\n?/g, '\n').trim()

/**
 * The form after a refused save. A field the editor did not touch (theirs is `base`) takes the stored value; a
 * field only the editor changed keeps what they typed; a field both changed keeps what they typed and is listed
 * with theirs. Without the base version (a save from before versions were kept), every field that differs counts
 * as changed by both, so nothing is taken over unseen.
 */
export function mergeEdits(
  base: ArticleFormValues | null,
  mine: ArticleFormValues,
  theirs: ArticleFormValues,
): Omit<Collision, 'version'> {
  const values = { ...mine }
  const theirChanges: EditorField[] = []
  const bothChanged: Collision['bothChanged'] = []
  for (const field of Object.keys(mine) as EditorField[]) {
    if (sameValue(mine[field], theirs[field])) continue
    if (base && sameValue(mine[field], base[field])) {
      Object.assign(values, { [field]: theirs[field] })
      theirChanges.push(field)
    } else if (!base || !sameValue(theirs[field], base[field])) {
      bothChanged.push({ field, theirs: theirs[field] })
    }
  }
  return { values, theirChanges, bothChanged }
}
