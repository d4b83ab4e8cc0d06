// Shared with the editor in the browser, which checks a file's size before sending it. next.config.js allows a
// server action body of both together plus the form.
export const maxImageBytes = 5 * 1024 * 1024
export const maxImageSize = `${maxImageBytes / 1024 / 1024} MB`
export const maxPdfBytes = 20 * 1024 * 1024
export const maxPdfSize = `${maxPdfBytes / 1024 / 1024} MB`

/** A file's size for people: "1.2 MB". */
export const formatMegabytes = (bytes: number) => `${(bytes / 1024 / 1024).toLocaleString('en-GB', { maximumFractionDigits: 1 })} MB`
