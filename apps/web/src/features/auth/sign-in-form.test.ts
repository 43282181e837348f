import { loginRequestSchema } from '@stackyard/domain';
import { describe, expect, it } from 'vitest';
import { readSignInForm } from './sign-in-form.js';

const form = (fields: Partial<Record<string, string>>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) if (value !== undefined) data.set(name, value);
  return data;
};

describe('readSignInForm', () => {
  it('takes a login and a password, trimming the login', () => {
    expect(readSignInForm(form({ login: '  ada@example.org ', password: ' p ' }))).toEqual({ login: 'ada@example.org', password: ' p ' });
  });

  it('refuses what is missing or longer than the API takes', () => {
    for (const fields of [
      { password: 'p' },
      { login: 'ada' },
      { login: '   ', password: 'p' },
      { login: 'ada', password: '' },
      { login: 'a'.repeat(255), password: 'p' },
      { login: 'ada', password: 'p'.repeat(1025) },
    ]) {
      expect(readSignInForm(form(fields)), JSON.stringify(fields).slice(0, 40)).toBeNull();
    }
  });

  it('agrees with the API on what it lets through', () => {
    for (const fields of [
      { login: ' ada ', password: 'secret' },
      { login: 'a'.repeat(254), password: 'p'.repeat(1024) },
      { login: 'a'.repeat(255), password: 'p' },
      { login: ' ', password: 'p' },
    ]) {
      const ours = readSignInForm(form(fields));
      const theirs = loginRequestSchema.safeParse(fields);
      expect(ours !== null, JSON.stringify(fields).slice(0, 40)).toBe(theirs.success);
      if (ours && theirs.success) expect(ours).toEqual(theirs.data);
    }
  });
});
