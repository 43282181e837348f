// Dates are written in UTC: the server renders the page and the browser hydrates it, and the two may sit
// in different time zones; a date formatted in each one's own zone would differ and break hydration.
const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const dayAndTime = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'UTC',
});

/** "28 Nov 2026"; an unreadable timestamp gives back its own text rather than "Invalid Date". */
export function formatDay(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : day.format(date);
}

/** "28 Nov 2026, 11:27 UTC", where the hour matters (a moderation log). */
export function formatDayAndTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : `${dayAndTime.format(date)} UTC`;
}
