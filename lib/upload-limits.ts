// Shared with the editor in the browser, which checks a file's size before sending it.
export const maxImageBytes = 5 * 1024 * 1024
export const maxImageSize = `${maxImageBytes / 1024 / 1024} MB`
