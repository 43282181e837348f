import { describe, expect, it } from 'vitest';
import { displayHost, formatCount, formatDate, formatMonth, githubUrl, licenseUrl, pluralize, safeExternalUrl } from './tool-format.js';

describe('formatCount', () => {
  it('keeps small numbers and shortens large ones', () => {
    expect(formatCount(7)).toBe('7');
    expect(formatCount(1234)).toBe('1.2K');
    expect(formatCount(2_500_000)).toBe('2.5M');
  });
});

describe('pluralize', () => {
  it('uses the singular for exactly one', () => {
    expect(pluralize(1, 'stack')).toBe('stack');
    expect(pluralize(0, 'stack')).toBe('stacks');
  });
});

describe('githubUrl', () => {
  it('links an owner/name repository and keeps a full GitHub URL', () => {
    expect(githubUrl('phusion/passenger')).toBe('https://github.com/phusion/passenger');
    expect(githubUrl('https://github.com/nginx/nginx')).toBe('https://github.com/nginx/nginx');
  });

  it('refuses anything else', () => {
    expect(githubUrl('javascript:alert(1)')).toBeNull();
  });
});

describe('safeExternalUrl', () => {
  it('allows http(s) only', () => {
    expect(safeExternalUrl('https://nginx.org')).toBe('https://nginx.org/');
    expect(safeExternalUrl('javascript:alert(1)')).toBeNull();
    expect(safeExternalUrl('not a url')).toBeNull();
    expect(safeExternalUrl(null)).toBeNull();
  });

  it('shows the host as link text', () => {
    expect(displayHost('https://www.phusionpassenger.com/docs')).toBe('www.phusionpassenger.com');
  });
});

describe('formatDate', () => {
  it('writes the UTC day, whatever the time zone of the machine', () => {
    expect(formatDate('2026-12-01T23:30:00.000Z')).toBe('Dec 1, 2026');
    expect(formatDate('not a date')).toBe('');
  });
});

describe('formatMonth', () => {
  it('names the month of a YYYY-MM key', () => {
    expect(formatMonth('2026-03')).toBe('Mar 2026');
    expect(formatMonth('2025-12')).toBe('Dec 2025');
    expect(formatMonth('soon')).toBe('soon');
  });
});

describe('licenseUrl', () => {
  it('links an SPDX id to its page and nothing else', () => {
    expect(licenseUrl('Apache-2.0')).toBe('https://spdx.org/licenses/Apache-2.0.html');
    expect(licenseUrl('Proprietary')).toBeNull();
    expect(licenseUrl('MIT OR <script>')).toBeNull();
    expect(licenseUrl(null)).toBeNull();
  });
});
