// Dates are written in UTC and spelled by hand: the server renders the page and the browser hydrates it,
// and the two may sit in different time zones or carry different locale data (one engine writes "Sep",
// another "Sept"); any difference in the text would break hydration.
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function parse(iso: string): Date | null {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "28 Nov 2026"; an unreadable timestamp gives back its own text rather than "Invalid Date". */
export function formatDay(iso: string): string {
  const date = parse(iso);
  return date ? `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}` : iso;
}

/** "28 Nov 2026, 07:05 UTC", where the hour matters (a moderation log). */
export function formatDayAndTime(iso: string): string {
  const date = parse(iso);
  if (!date) return iso;
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${formatDay(iso)}, ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())} UTC`;
}
