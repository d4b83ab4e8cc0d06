import { describe, expect, it } from 'vitest'
import { withoutRenderedQuery } from './rendered-address.cjs'

// Row 0 as Next 16 writes it, for a page rendered for /search?q=<token>.
const rowZero = (c: string[], q: string) => `0:{"P":null,"c":${JSON.stringify(c)},"q":${JSON.stringify(q)},"i":false,"t":{}}\n`
const leaked = rowZero(['', 'search?q=a&b<c>&_rsc=1x'], '?q=a%26b%3Cc%3E')
const clean = rowZero(['', 'search'], '')
const inScript = (flight: string) =>
  `<script>self.__next_f.push(${JSON.stringify([1, flight]).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026')})</script>`

function entry(flight: string, html = '') {
  return {
    kind: 'APP_PAGE',
    html,
    rscData: Buffer.from(`1:"$Sreact.fragment"\n${flight}2:T3,abc`),
    segmentData: new Map([
      ['/_full', Buffer.from(flight)],
      ['/_tree', Buffer.from('{"tree":{}}')],
    ]),
  }
}

describe('withoutRenderedQuery', () => {
  it('takes the query out of the payload, every segment and the inlined HTML', () => {
    const data = entry(leaked, `<html>${inScript(leaked)}</html>`)
    expect(withoutRenderedQuery(data)).toBe(true)
    expect(data.rscData.toString()).toBe(`1:"$Sreact.fragment"\n${clean}2:T3,abc`)
    expect(data.segmentData.get('/_full')!.toString()).toBe(clean)
    expect(data.segmentData.get('/_tree')!.toString()).toBe('{"tree":{}}')
    expect(data.html).toBe(`<html>${inScript(clean)}</html>`)
  })

  it('leaves an entry rendered for the bare path as it is', () => {
    const data = entry(clean, `<html>${inScript(clean)}</html>`)
    const { rscData, html } = data
    expect(withoutRenderedQuery(data)).toBe(true)
    expect(data.rscData).toBe(rscData)
    expect(data.html).toBe(html)
  })

  it('refuses an entry whose HTML splits row 0 across scripts', () => {
    const html = `<html>${inScript(leaked.slice(0, 30))}${inScript(leaked.slice(30))}</html>`
    expect(withoutRenderedQuery(entry(leaked, html))).toBe(false)
  })

  it('passes entries of other kinds through', () => {
    expect(withoutRenderedQuery({ kind: 'FETCH' })).toBe(true)
    expect(withoutRenderedQuery(null)).toBe(true)
  })
})
