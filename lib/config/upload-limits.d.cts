export const maxImageBytes: number
export const maxPdfBytes: number
export const maxActionBodyBytes: number
