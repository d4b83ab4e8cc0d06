import { describe, expect, it } from 'vitest'
import { clientAddressFrom } from './client-ip'

// X-Forwarded-For as the server sees it: whatever the client and any proxies wrote, then the connection's address,
// appended by lib/config/client-address.cjs.
describe('the client address', () => {
  it('is the connection with no proxy in front, whatever the client wrote', () => {
    expect(clientAddressFrom('203.0.113.7', 0)).toBe('203.0.113.7')
    expect(clientAddressFrom('10.0.0.1, 198.51.100.2, 203.0.113.7', 0)).toBe('203.0.113.7')
  })

  it('is the entry the trusted proxies wrote, counted from the right', () => {
    // nginx ($proxy_add_x_forwarded_for) appends the address it was reached from; the app appends nginx's.
    expect(clientAddressFrom('10.0.0.1, 198.51.100.2, 127.0.0.1', 1)).toBe('198.51.100.2')
    expect(clientAddressFrom('10.0.0.1, 198.51.100.2, 192.0.2.10, 127.0.0.1', 2)).toBe('198.51.100.2')
  })

  it('is the furthest entry when a request did not pass every proxy', () => {
    expect(clientAddressFrom('127.0.0.1', 1)).toBe('127.0.0.1')
  })

  it('reads IPv4 written as IPv6 as IPv4, and counts IPv6 by its /64', () => {
    expect(clientAddressFrom('::ffff:203.0.113.7', 0)).toBe('203.0.113.7')
    expect(clientAddressFrom('2001:db8:0:12:aaaa::1', 0)).toBe('2001:db8:0:12::/64')
    expect(clientAddressFrom('2001:DB8:0000:0012:bbbb:cccc:dddd:eeee', 0)).toBe('2001:db8:0:12::/64')
    expect(clientAddressFrom('::1', 0)).toBe('0:0:0:0::/64')
  })

  it('is "unknown" when the entry is not an address', () => {
    expect(clientAddressFrom('not-an-address', 0)).toBe('unknown')
    expect(clientAddressFrom(null, 0)).toBe('unknown')
    expect(clientAddressFrom('unknown', 0)).toBe('unknown')
  })
})
