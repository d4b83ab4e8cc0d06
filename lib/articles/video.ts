// Talks are videos on YouTube or Vimeo. The address an editor pastes is reduced to the host and the video's id, and
// the player is built from those alone: the privacy-friendly embed hosts, and nothing else from the pasted address.

export type Video = { provider: 'youtube' | 'vimeo'; id: string }

const youtubeHosts = new Set(['youtube.com', 'www.youtube.com', 'm.youtube.com', 'youtu.be', 'www.youtube-nocookie.com'])
const vimeoHosts = new Set(['vimeo.com', 'www.vimeo.com', 'player.vimeo.com'])
const youtubeId = /^[\w-]{11}$/
const vimeoId = /^\d{1,12}$/

/** The video behind a YouTube or Vimeo address, or null for anything else. */
export function parseVideoUrl(value: string): Video | null {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return null
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null
  const segments = url.pathname.split('/').filter(Boolean)
  if (youtubeHosts.has(url.hostname)) {
    const id =
      url.hostname === 'youtu.be'
        ? segments[0]
        : segments[0] === 'watch'
          ? url.searchParams.get('v')
          : ['embed', 'shorts', 'live'].includes(segments[0])
            ? segments[1]
            : undefined
    return id && youtubeId.test(id) ? { provider: 'youtube', id } : null
  }
  if (vimeoHosts.has(url.hostname)) {
    const id = segments[0] === 'video' ? segments[1] : segments[0]
    return id && vimeoId.test(id) ? { provider: 'vimeo', id } : null
  }
  return null
}

/** The player's address: YouTube's cookie-less host, Vimeo with Do Not Track. Loaded only when a member presses play. */
export function embedUrl(video: Video): string {
  return video.provider === 'youtube'
    ? `https://www.youtube-nocookie.com/embed/${video.id}?autoplay=1&rel=0`
    : `https://player.vimeo.com/video/${video.id}?autoplay=1&dnt=1`
}

export const videoHostMessage = 'Paste a YouTube or Vimeo address of the video.'
