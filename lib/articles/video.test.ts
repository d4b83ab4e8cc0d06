import { describe, expect, it } from 'vitest'
import { embedUrl, parseVideoUrl } from './video'

describe('video addresses', () => {
  it('reads YouTube and Vimeo addresses in their usual forms', () => {
    const youtube = { provider: 'youtube', id: 'dQw4w9WgXcQ' }
    expect(parseVideoUrl('https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42')).toEqual(youtube)
    expect(parseVideoUrl('https://youtu.be/dQw4w9WgXcQ')).toEqual(youtube)
    expect(parseVideoUrl('https://www.youtube.com/embed/dQw4w9WgXcQ')).toEqual(youtube)
    expect(parseVideoUrl('https://m.youtube.com/shorts/dQw4w9WgXcQ')).toEqual(youtube)
    expect(parseVideoUrl('https://vimeo.com/76979871')).toEqual({ provider: 'vimeo', id: '76979871' })
    expect(parseVideoUrl('https://player.vimeo.com/video/76979871?h=abc')).toEqual({ provider: 'vimeo', id: '76979871' })
  })

  it('refuses other hosts, look-alikes, other schemes and malformed ids', () => {
    for (const value of [
      'https://evil.example/watch?v=dQw4w9WgXcQ',
      'https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ',
      'https://notyoutube.com/watch?v=dQw4w9WgXcQ',
      'javascript:alert(1)//youtube.com',
      'https://www.youtube.com/watch?v=short',
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ"><script>',
      'https://vimeo.com/channels/staffpicks',
      'not a url',
      '',
    ]) {
      expect(parseVideoUrl(value), value).toBeNull()
    }
  })

  it('builds the player from the privacy-friendly hosts only', () => {
    expect(embedUrl({ provider: 'youtube', id: 'dQw4w9WgXcQ' })).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&rel=0')
    expect(embedUrl({ provider: 'vimeo', id: '76979871' })).toBe('https://player.vimeo.com/video/76979871?autoplay=1&dnt=1')
  })
})
