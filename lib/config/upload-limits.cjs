// The size limits of uploads, in one place: the editor checks them in the browser and lib/files on the server
// (through lib/files/limits.ts), and next.config.js lets a server action's body, and proxy.ts's copy of it, be as
// large as the editor's form may be.
const megabyte = 1024 * 1024

const maxImageBytes = 5 * megabyte
const maxPdfBytes = 20 * megabyte
// The editor's form: a cover image, a PDF and the text around them (a 200,000-character body is under 1 MB).
const maxActionBodyBytes = maxImageBytes + maxPdfBytes + megabyte

module.exports = { maxImageBytes, maxPdfBytes, maxActionBodyBytes }
