const compactNumber = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });
const fullNumber = new Intl.NumberFormat('en');

/** "1.2K" for cards, where space is short. */
export function formatCount(count: number): string {
  return compactNumber.format(count);
}

/** "1,234" where the exact number matters (titles, screen-reader text). */
export function formatExactCount(count: number): string {
  return fullNumber.format(count);
}

export function pluralize(count: number, singular: string, plural = `${singular}s`): string {
  return count === 1 ? singular : plural;
}

/** Tools store their repository as "owner/name"; tolerate a full URL too rather than link to nonsense. */
export function githubUrl(repo: string): string | null {
  const trimmed = repo.trim();
  if (/^https:\/\/github\.com\//.test(trimmed)) return trimmed;
  if (/^[\w.-]+\/[\w.-]+$/.test(trimmed)) return `https://github.com/${trimmed}`;
  return null;
}

/** Only http(s) links are rendered, so a bad record can never become a javascript: link. */
export function safeExternalUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** "www.phusionpassenger.com" from "https://www.phusionpassenger.com/", for link text. */
export function displayHost(url: string): string {
  return new URL(url).host;
}

// Dates are written in UTC, so the server's render and the browser's hydration always agree.
const dayFormat = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat('en', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "Dec 2, 2026" from an ISO timestamp; an unreadable one gives "". */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : dayFormat.format(date);
}

/** "Mar 2026" from the API's "2026-03" month keys; anything else is returned as it came. */
export function formatMonth(month: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return month;
  return monthFormat.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1)));
}

/** The SPDX page of a licence the catalogue names by its SPDX id; null for "Proprietary" or anything else. */
export function licenseUrl(license: string | null): string | null {
  if (!license || license === 'Proprietary' || !/^[A-Za-z0-9][A-Za-z0-9.+-]*$/.test(license)) return null;
  return `https://spdx.org/licenses/${license}.html`;
}
