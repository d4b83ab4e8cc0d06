import { describe, expect, it } from 'vitest'
import { landingFrom } from './landing'

describe('landingFrom', () => {
  it('keeps another site’s host and the UTM values of the landing address', () => {
    expect(landingFrom('https://insights.example/articles/a?utm_source=newsletter&utm_medium=email&utm_campaign=may', 'https://www.linkedin.com/feed/')).toEqual({
      referrerHost: 'www.linkedin.com',
      utmSource: 'newsletter',
      utmMedium: 'email',
      utmCampaign: 'may',
    })
  })

  it('keeps no referrer from this site, from nowhere, or from what is not a web address', () => {
    for (const referrer of ['https://insights.example/', '', 'not a url', 'android-app://com.example/']) {
      expect(landingFrom('https://insights.example/', referrer).referrerHost, referrer).toBe('')
    }
  })
})
