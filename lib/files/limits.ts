import { maxImageBytes, maxPdfBytes } from '@/lib/config/upload-limits.cjs'

// Shared with the editor in the browser, which checks a file's size before sending it.
export { maxImageBytes, maxPdfBytes }
export const maxImageSize = `${maxImageBytes / 1024 / 1024} MB`
export const maxPdfSize = `${maxPdfBytes / 1024 / 1024} MB`

/** A file's size for people: "1.2 MB". */
export const formatMegabytes = (bytes: number) => `${(bytes / 1024 / 1024).toLocaleString('en-GB', { maximumFractionDigits: 1 })} MB`
