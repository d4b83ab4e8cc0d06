export function withoutRenderedQuery(
  data: { kind?: string; html?: unknown; rscData?: Buffer; segmentData?: Map<string, Buffer> } | null,
): boolean
