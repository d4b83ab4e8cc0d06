import { describe, expect, it } from 'vitest'
import { lineText, multilineText, unreadableTextMessage } from './text'

describe('typed text', () => {
  it('accepts ordinary text, quotes and SQL metacharacters alike', () => {
    for (const value of ['Ærø Søndergård', "Robert'); DROP TABLE users;--", '50% off_ "quoted" \\ `tick`', '']) {
      expect(lineText().safeParse(value).success, value).toBe(true)
      expect(multilineText().safeParse(value).success, value).toBe(true)
    }
  })

  it('refuses control characters and bytes that were not UTF-8', () => {
    for (const value of ['nul\u0000', 'escape\u001b[31m', 'bell\u0007', 'del\u007f', 'c1\u0085', 'bad \ufffd byte']) {
      expect(lineText().safeParse(value).error?.issues[0].message, value).toBe(unreadableTextMessage)
      expect(multilineText().safeParse(value).error?.issues[0].message, value).toBe(unreadableTextMessage)
    }
  })

  it('allows line breaks and tabs only where a field has lines', () => {
    expect(multilineText().safeParse('one\r\ntwo\tthree').success).toBe(true)
    expect(lineText().safeParse('one\ttwo').success).toBe(true)
    expect(lineText().safeParse('one\ntwo').success).toBe(false)
    expect(lineText().safeParse('one\rtwo').success).toBe(false)
  })

  it('keeps the checks that follow it', () => {
    const name = lineText().trim().min(1, 'Enter your name.')
    expect(name.safeParse('   ').error?.issues[0].message).toBe('Enter your name.')
    expect(name.parse('  Ada  ')).toBe('Ada')
  })
})
