import { describe, expect, it } from 'vitest';
import { PASSWORD_MAX_LENGTH, passwordProblem } from './auth.js';

const account = { username: 'grace-hopper', email: 'amazing.grace@example.org' };

/** 128 characters that are no pattern: words, digits and accents that no dictionary strings together. */
const LONG_UNUSUAL = 'Ünder 7 pale-green kites, Bartholomew quietly traded 19 brass oboes for a crooked umbrella; nobody at the Zanzibar ferry laughed';

describe('the password policy', () => {
  it('takes a long, unusual password of exactly the largest length', () => {
    expect(LONG_UNUSUAL).toHaveLength(PASSWORD_MAX_LENGTH);
    expect(passwordProblem(LONG_UNUSUAL, account)).toBeNull();
    expect(passwordProblem('correct horse battery staple', account)).toBeNull();
    expect(passwordProblem('a fine long secret', account)).toBeNull();
  });

  it('refuses repeated characters and repeated patterns, however long', () => {
    for (const password of ['aaaaaaaaaaaa', 'x7'.repeat(64), 'é'.repeat(128), 'abcabcabcabc', 'hellohellohello']) {
      expect(passwordProblem(password, account), password).toBe('repeats characters or a pattern (like "aaaa" or "abcabc"); choose a less guessable one');
    }
  });

  it('refuses runs of sequential characters', () => {
    for (const password of ['abcdefghijklmnop', '98765432109876', 'lmnopqrstu']) {
      expect(passwordProblem(password, account), password).toBe('is a run of sequential characters (like "abcd" or "9876"); choose a less guessable one');
    }
  });

  it('refuses keyboard walks and common passwords in disguise', () => {
    expect(passwordProblem('xcvbnm,.;lkjhgf', account)).toBe('is a keyboard pattern (like "qwerty" or "zxcvbn"); choose a less guessable one');
    expect(passwordProblem('P@ssw0rd!', account)).toMatch(/^is built on a common password/);
    expect(passwordProblem('drowssapdrowssap', account)).not.toBeNull();
  });

  it('refuses passwords that contain the username, the email or its name, in any case or spelling', () => {
    for (const password of ['Grace-Hopper', 'my grace-hopper passphrase 42', 'Gr4ce-H0pper!!', 'amazing.grace@example.org', 'AMAZING.GRACE rules the seas']) {
      expect(passwordProblem(password, account), password).toBe('must not contain your username or email');
    }
  });

  it("refuses passwords that contain the site's name, even in a long passphrase", () => {
    for (const password of ['stackyard', 'my stackyard password is purple elephant', 'St4ckY4rd-rocks-2026!']) {
      expect(passwordProblem(password, account), password).toBe("must not contain the site's name");
    }
  });

  it('refuses what is merely short and plain, saying how to fix it', () => {
    expect(passwordProblem('kz8#Lq2!', account)).toBe('is too easy to guess; make it longer, for example with a few more words');
  });

  it('still refuses the 10,000 most common passwords with their own message', () => {
    expect(passwordProblem('password123', account)).toBe('is one of the 10,000 most common passwords; choose a less guessable one');
    expect(passwordProblem('Dragon', account)).toBe('must be at least 8 characters');
  });
});
