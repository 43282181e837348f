import { describe, expect, it } from 'vitest';
import { passwordChangeSummary, readPasswordForm, readProfileForm, readTokenForm, webAddressProblem } from './settings-forms.js';

function formOf(values: Record<string, string>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(values)) form.set(name, value);
  return form;
}

describe('readProfileForm', () => {
  it('sends every field, trimmed, and an empty one as null so it is cleared', () => {
    expect(readProfileForm(formOf({ displayName: '  Ada  ', bio: '', avatarUrl: ' https://example.org/a.png ', websiteUrl: '' }))).toEqual({
      ok: true,
      body: { displayName: 'Ada', bio: null, avatarUrl: 'https://example.org/a.png', websiteUrl: null },
    });
  });

  it('names each field it refuses', () => {
    const reading = readProfileForm(formOf({ displayName: 'x'.repeat(81), bio: 'y'.repeat(501), avatarUrl: 'javascript:alert(1)', websiteUrl: 'example.org' }));
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(Object.keys(reading.fields).sort()).toEqual(['avatarUrl', 'bio', 'displayName', 'websiteUrl']);
  });
});

describe('webAddressProblem', () => {
  it('takes http(s) addresses and nothing at all', () => {
    expect(webAddressProblem(null)).toBeNull();
    expect(webAddressProblem('http://example.org')).toBeNull();
    expect(webAddressProblem('ftp://example.org')).toMatch(/https/);
    expect(webAddressProblem('not a url')).toMatch(/full web address/);
  });
});

describe('readPasswordForm', () => {
  const good = { currentPassword: 'old secret words', newPassword: 'Quiet lantern 1234 orbits', repeatPassword: 'Quiet lantern 1234 orbits' };

  it('sends the current and the new password', () => {
    expect(readPasswordForm(formOf(good))).toEqual({ ok: true, body: { currentPassword: good.currentPassword, newPassword: good.newPassword } });
  });

  it('refuses a missing current password, a short new one and a repeat that differs', () => {
    expect(readPasswordForm(formOf({ ...good, currentPassword: '' }))).toMatchObject({ ok: false, fields: { currentPassword: expect.any(String) } });
    expect(readPasswordForm(formOf({ ...good, newPassword: 'short', repeatPassword: 'short' }))).toMatchObject({ ok: false, fields: { newPassword: expect.stringMatching(/at least 8/) } });
    expect(readPasswordForm(formOf({ ...good, repeatPassword: 'something else' }))).toMatchObject({ ok: false, fields: { repeatPassword: expect.stringMatching(/match/) } });
    expect(readPasswordForm(formOf({ ...good, newPassword: good.currentPassword, repeatPassword: good.currentPassword }))).toMatchObject({
      ok: false,
      fields: { newPassword: expect.stringMatching(/same/) },
    });
  });
});

describe('readTokenForm', () => {
  it('sends the name and the lifetime in days, or null for never', () => {
    expect(readTokenForm(formOf({ name: ' laptop ', expiresInDays: '30' }))).toEqual({ ok: true, body: { name: 'laptop', expiresInDays: 30 } });
    expect(readTokenForm(formOf({ name: 'ci', expiresInDays: 'never' }))).toEqual({ ok: true, body: { name: 'ci', expiresInDays: null } });
    expect(readTokenForm(formOf({ name: 'ci' }))).toEqual({ ok: true, body: { name: 'ci', expiresInDays: 90 } });
  });

  it('refuses an empty name and a lifetime the contract does not offer', () => {
    expect(readTokenForm(formOf({ name: '  ', expiresInDays: '90' }))).toMatchObject({ ok: false, fields: { name: expect.any(String) } });
    expect(readTokenForm(formOf({ name: 'ci', expiresInDays: '7' }))).toMatchObject({ ok: false, fields: { expiresInDays: expect.any(String) } });
  });
});

describe('passwordChangeSummary', () => {
  it('says how many sessions ended and tokens were revoked', () => {
    expect(passwordChangeSummary(1, 2)).toBe('Password changed. 1 other session was signed out, and 2 API tokens were revoked (create new ones for the command-line tool).');
    expect(passwordChangeSummary(0, 0)).toBe('Password changed. No other session was signed in, and you had no API tokens to revoke.');
  });
});
