import Image from 'next/image'
import { uploadPath } from '@/lib/core/paths'

/** An article's cover: 16:9, resized and converted by next/image from the upload. */
export function CoverImage({ path, alt, className = '' }: { path: string; alt: string; className?: string }) {
  return (
    <div className={`relative aspect-video overflow-hidden rounded ${className}`}>
      <Image src={uploadPath(path)} alt={alt} fill priority sizes="(min-width: 672px) 672px, 100vw" className="object-cover" />
    </div>
  )
}
