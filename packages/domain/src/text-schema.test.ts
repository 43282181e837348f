import { describe, expect, it } from 'vitest';
import { hasControlCharacter, textSchema, webUrlSchema } from './text.js';

describe('the text schema', () => {
  it('refuses NUL, the other C0 and C1 controls, DEL and unpaired surrogates', () => {
    for (const character of ['\u0000', '\u0001', '\u0008', '\u000b', '\u000c', '\u000d', '\u001b', '\u001f', '\u007f', '\u0080', '\u0085', '\u009f', '\ud800', '\udc00']) {
      expect(textSchema().safeParse(`a${character}b`).success, `U+${character.charCodeAt(0).toString(16)}`).toBe(false);
      expect(textSchema({ multiline: true }).safeParse(`a${character}b`).success, `U+${character.charCodeAt(0).toString(16)}`).toBe(
        character === '\u000d',
      );
    }
  });

  it('refuses newlines and tabs in one-line text and keeps them in long text, line endings made newlines', () => {
    expect(textSchema().safeParse('a\nb').success).toBe(false);
    expect(textSchema().safeParse('a\tb').success).toBe(false);
    expect(textSchema({ multiline: true }).parse('a\r\n\tb\rc\nd')).toBe('a\n\tb\nc\nd');
  });

  it('takes every character a person types: accents, emoji, other scripts, non-breaking spaces', () => {
    for (const text of ['José Ñúñez', '😀 stacks', 'Стек', '東京', 'a\u00a0b', '\ud83d\ude00']) {
      expect(textSchema().parse(text)).toBe(text);
      expect(hasControlCharacter(text)).toBe(false);
    }
  });

  it('is the start of a field schema: it trims and bounds after its own check', () => {
    const name = textSchema().trim().min(1).max(5);
    expect(name.parse('  abc ')).toBe('abc');
    expect(name.safeParse('abcdef').success).toBe(false);
    expect(name.safeParse(' \u0000 ').error?.issues[0]?.message).toBe('must not contain control characters');
  });
});

describe('web addresses', () => {
  it('lower-case the scheme and host and keep the rest', () => {
    expect(webUrlSchema.parse('httpS://Ada.Example.ORG/About?Tab=Work#Top')).toBe('https://ada.example.org/About?Tab=Work#Top');
    expect(webUrlSchema.parse(' HTTP://example.org:80/a/../b ')).toBe('http://example.org/b');
    expect(webUrlSchema.parse('https://example.org')).toBe('https://example.org');
    expect(webUrlSchema.parse('https://example.org/')).toBe('https://example.org/');
    expect(webUrlSchema.parse('https://bücher.example')).toBe('https://xn--bcher-kva.example');
  });

  it('refuse every scheme but http and https, and what does not parse', () => {
    for (const text of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:,x', 'ftp://example.org', 'file:///etc/passwd', 'https://', 'example.org', 'https://a b.org', 'https://example.org/\u0000']) {
      expect(webUrlSchema.safeParse(text).success, text).toBe(false);
    }
  });

  it('refuse an address that is too long once normalised', () => {
    expect(webUrlSchema.safeParse(`https://example.org/${'é'.repeat(100)}`).success).toBe(false);
    expect(webUrlSchema.safeParse(`https://example.org/${'e'.repeat(100)}`).success).toBe(true);
  });
});
