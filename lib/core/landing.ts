// What the browser keeps of a reader's landing on the site, for the registration form to send along (sessionStorage,
// this tab only, never a cookie): the referring site's host and the landing address's UTM values, and the token of
// a gift link opened in this tab. Pure, so the browser and the server's tests share it; the server checks every
// value again (lib/accounts/attribution.ts).

export const landingStorageKey = 'insights.landing'
export const giftStorageKey = 'insights.gift'

export type Landing = { referrerHost: string; utmSource: string; utmMedium: string; utmCampaign: string }

/** The landing of an address reached from `referrer` (document.referrer): another site's host, and the UTM values. */
export function landingFrom(href: string, referrer: string): Landing {
  const url = new URL(href)
  let referrerHost = ''
  try {
    const from = new URL(referrer)
    if (from.host !== url.host && (from.protocol === 'https:' || from.protocol === 'http:')) referrerHost = from.hostname
  } catch {
    // No referrer, or not an address: nothing to keep.
  }
  const param = (name: string) => url.searchParams.get(name) ?? ''
  return { referrerHost, utmSource: param('utm_source'), utmMedium: param('utm_medium'), utmCampaign: param('utm_campaign') }
}
