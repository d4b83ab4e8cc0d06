/** "Anna Editor is editing this": the others who have the article open in the editor (lib/desk/presence.ts). */
export function EditingNotice({ names, className = '' }: { names: string[]; className?: string }) {
  if (names.length === 0) return null
  const who = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
  return (
    <p className={`text-sm font-semibold text-amber-900 ${className}`}>
      {who} {names.length === 1 ? 'is' : 'are'} editing this
    </p>
  )
}
