import type { Adoption, ToolProfile } from '@stackyard/domain';

export interface StatRow {
  label: string;
  /** One value per tool, in the tools' order; null when not known (GitHub not synced yet). */
  values: (number | null)[];
  /** The tool with the most, when one has strictly more than every other; null on a tie or all zero. */
  leader: number | null;
}

/** The figures a comparison sets side by side, in the order the table and the chart show them. */
export function statRows(tools: readonly Pick<ToolProfile, 'stats'>[]): StatRow[] {
  const rows: Array<[string, (stats: ToolProfile['stats']) => number | null]> = [
    ['Stacks', (stats) => stats.stacks],
    ['Followers', (stats) => stats.followers],
    ['Votes', (stats) => stats.votes],
    ['GitHub stars', (stats) => stats.githubStars],
    ['GitHub forks', (stats) => stats.githubForks],
  ];
  return rows.map(([label, read]) => {
    const values = tools.map((tool) => read(tool.stats));
    return { label, values, leader: leaderOf(values) };
  });
}

/** The index of the one largest value, or null when it is shared, zero or unknown. */
export function leaderOf(values: readonly (number | null)[]): number | null {
  let leader: number | null = null;
  let best = 0;
  let tied = false;
  values.forEach((value, index) => {
    if (value === null) return;
    if (value > best) {
      best = value;
      leader = index;
      tied = false;
    } else if (value === best && best > 0) {
      tied = true;
    }
  });
  return tied ? null : leader;
}

const monthFormat = new Intl.DateTimeFormat('en', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const dayFormat = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "2026-03" -> "Mar 2026". UTC, so the server and the browser write the same text. */
export function formatMonth(month: string): string {
  const [year, number] = month.split('-').map(Number);
  if (!year || !number) return month;
  return monthFormat.format(new Date(Date.UTC(year, number - 1, 1)));
}

/** "Synced 3 Dec 2026" / "Not synced yet": when the GitHub figures were read. */
export function describeSync(syncedAt: string | null): string {
  if (!syncedAt) return 'Not synced yet';
  const date = new Date(syncedAt);
  return Number.isNaN(date.getTime()) ? 'Not synced yet' : `Synced ${dayFormat.format(date)}`;
}

/** "3 Dec 2026", for dates people wrote things on. */
export function formatDay(iso: string): string {
  return dayFormat.format(new Date(iso));
}

/** Stacks that added each tool over the last `months` months of the chart, in the series' order. */
export function recentAdoption(adoption: Adoption, months: number): Array<{ slug: string; added: number }> {
  return adoption.series.map((series) => ({
    slug: series.slug,
    added: series.stacksAdded.slice(-months).reduce((sum, count) => sum + count, 0),
  }));
}

export interface AdoptionSummary {
  slug: string;
  /** Stacks that added the tool over every month of the chart. */
  total: number;
  /** Over the last `recentMonths` months. */
  recent: number;
  /** The month most stacks added it, the latest of equals; null when none did. */
  busiest: { month: string; added: number } | null;
}

/** Each series of an adoption chart in three figures, for those who would rather read than look. */
export function summarizeAdoption(adoption: Adoption, recentMonths: number): AdoptionSummary[] {
  const recent = new Map(recentAdoption(adoption, recentMonths).map((one) => [one.slug, one.added]));
  return adoption.series.map((series) => {
    let busiest: AdoptionSummary['busiest'] = null;
    series.stacksAdded.forEach((added, index) => {
      const month = adoption.months[index];
      if (month !== undefined && added > 0 && added >= (busiest?.added ?? 0)) busiest = { month, added };
    });
    return { slug: series.slug, total: series.stacksAdded.reduce((sum, added) => sum + added, 0), recent: recent.get(series.slug) ?? 0, busiest };
  });
}
