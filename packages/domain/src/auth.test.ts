import { describe, expect, it } from 'vitest';
import { loginRequestSchema, passwordProblem, signupRequestSchema, usernameSchema } from './auth.js';
import { isCommonPassword } from './common-passwords.js';

const account = { username: 'ada-lovelace', email: 'ada@example.com' };

describe('the password policy', () => {
  it('refuses short, overlong and common passwords with a clear message', () => {
    expect(passwordProblem('1234567', account)).toBe('must be at least 8 characters');
    expect(passwordProblem('x'.repeat(129), account)).toBe('must be at most 128 characters');
    expect(passwordProblem('password123', account)).toMatch(/most common passwords/);
    expect(passwordProblem('PASSWORD123', account)).toMatch(/most common passwords/);
  });

  it('refuses the username or email as a password', () => {
    expect(passwordProblem('Ada-Lovelace', account)).toBe('must not contain your username or email');
    expect(passwordProblem('ada@example.com', account)).toBe('must not contain your username or email');
  });

  it('accepts long, unusual passwords without composition rules', () => {
    expect(passwordProblem('correct horse battery staple', account)).toBeNull();
    // 128 accented characters that are no repeat of one character or sequence (those are refused).
    expect(passwordProblem('éèêëēėęàâäæãåāçćčîïíīįìôöòóœøōõûüùúūñńÿßśšłžźżðþ'.repeat(3).slice(0, 128), account)).toBeNull();
  });

  it('ships ten thousand common passwords', () => {
    expect(isCommonPassword('123456')).toBe(true);
    expect(isCommonPassword('qwerty')).toBe(true);
    expect(isCommonPassword('a quite uncommon sentence')).toBe(false);
  });
});

describe('usernames', () => {
  it('take 3-30 letters, digits, - and _, and refuse reserved names in any case', () => {
    expect(usernameSchema.safeParse('ada_l-42').success).toBe(true);
    for (const bad of ['ab', 'x'.repeat(31), 'ada lovelace', 'ada!', 'Admin', 'settings', '']) {
      expect(usernameSchema.safeParse(bad).success, bad).toBe(false);
    }
  });
});

describe('request bodies', () => {
  it('refuse wrong types and missing fields', () => {
    expect(signupRequestSchema.safeParse({ username: 'ada', email: 'ada@example.com' }).success).toBe(false);
    expect(signupRequestSchema.safeParse({ username: ['ada'], email: 'a@b.c', password: 'x'.repeat(10) }).success).toBe(false);
    expect(loginRequestSchema.safeParse({ login: 'ada', password: 42 }).success).toBe(false);
    expect(loginRequestSchema.safeParse([]).success).toBe(false);
  });
});
