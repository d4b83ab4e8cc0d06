'use client'

import { useEffect } from 'react'
import { giftStorageKey, landingFrom, landingStorageKey } from '@/lib/core/landing'

/**
 * Keeps, for this tab, where the reader landed from: the first page's referring host and UTM values (once), and the
 * token of a gift link opened. The register form sends them along. Static pages stay static: it runs in the browser.
 */
export function LandingCapture() {
  useEffect(() => {
    try {
      if (sessionStorage.getItem(landingStorageKey) === null) {
        sessionStorage.setItem(landingStorageKey, JSON.stringify(landingFrom(location.href, document.referrer)))
      }
      const gift = new URLSearchParams(location.search).get('gift')
      if (gift) sessionStorage.setItem(giftStorageKey, gift)
    } catch {
      // Storage turned off: the registration is then not attributed.
    }
  }, [])
  return null
}
