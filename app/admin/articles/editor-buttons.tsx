type Props = {
  /** Readers see it, or will at a set time. */
  live: boolean
  /** The publish date lies ahead, so publishing schedules. */
  schedules: boolean
  /** Editors and admins; an author only saves drafts. */
  canPublish: boolean
  canArchive: boolean
  pending: boolean
}

/** The editor's buttons: each sends the form with its intent (lib/desk/article-status.ts says what each does). */
export function EditorButtons({ live, schedules, canPublish, canArchive, pending }: Props) {
  return (
    <div className="flex flex-wrap gap-3 border-t border-neutral-200 pt-4">
      <EditorButton intent="save" pending={pending} primary={!canPublish}>
        {live ? 'Save changes' : 'Save draft'}
      </EditorButton>
      {canPublish && (
        <>
          {!live && (
            <EditorButton intent="publish" pending={pending} primary>
              {schedules ? 'Schedule' : 'Publish'}
            </EditorButton>
          )}
          {live && (
            <EditorButton intent="unpublish" pending={pending}>
              Unpublish
            </EditorButton>
          )}
          {canArchive && (
            <EditorButton intent="archive" pending={pending}>
              Archive
            </EditorButton>
          )}
        </>
      )}
    </div>
  )
}

function EditorButton({ intent, pending, primary = false, children }: { intent: string; pending: boolean; primary?: boolean; children: React.ReactNode }) {
  const style = primary ? 'bg-brand text-white hover:bg-brand-dark' : 'border border-neutral-400 hover:border-brand'
  return (
    <button type="submit" name="intent" value={intent} disabled={pending} className={`rounded px-4 py-2 font-semibold disabled:opacity-60 ${style}`}>
      {children}
    </button>
  )
}
