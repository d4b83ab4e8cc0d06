'use client'

import { useState } from 'react'
import { embedUrl, type Video } from '@/lib/articles/video'

/**
 * The talk's video, privacy first: until the member presses play, nothing is loaded from the video site (no
 * iframe, no thumbnail, no script). Then the player comes from YouTube's cookie-less host or Vimeo with Do Not Track.
 */
export function TalkPlayer({ video, title }: { video: Video; title: string }) {
  const [playing, setPlaying] = useState(false)
  const host = video.provider === 'youtube' ? 'YouTube' : 'Vimeo'
  return (
    <div className="relative aspect-video w-full overflow-hidden rounded bg-neutral-900">
      {playing ? (
        <iframe
          src={embedUrl(video)}
          title={`Video: ${title}`}
          allow="autoplay; fullscreen; picture-in-picture"
          allowFullScreen
          className="absolute inset-0 h-full w-full"
        />
      ) : (
        <button
          type="button"
          onClick={() => setPlaying(true)}
          className="absolute inset-0 flex flex-col items-center justify-center gap-3 text-white hover:bg-neutral-800"
        >
          <span aria-hidden="true" className="flex h-16 w-16 items-center justify-center rounded-full bg-brand text-3xl">
            ▶
          </span>
          <span className="font-semibold">Play the talk</span>
          <span className="max-w-sm px-4 text-center text-sm text-neutral-300">
            The video is on {host}. Nothing loads from {host} until you press play.
          </span>
        </button>
      )}
    </div>
  )
}
