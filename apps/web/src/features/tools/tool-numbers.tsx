import type { ToolDetail } from '@stackyard/domain';
import { formatCount, formatDate, formatExactCount } from './tool-format.js';

/**
 * What the community and GitHub say in numbers. GitHub's figures are shown with the day they were read;
 * before the first sync they say so, since a 0 would claim a repository nobody starred.
 */
export function ToolNumbers({ tool }: { tool: ToolDetail }) {
  const { stats } = tool;
  const synced = stats.githubSyncedAt !== null;
  const entries: { label: string; value: number | null }[] = [
    { label: 'Stacks', value: stats.stacks },
    // How many of those stacks a scan of their files added it to: only said when some did.
    ...(stats.detectedIn > 0 ? [{ label: 'Detected in stacks', value: stats.detectedIn }] : []),
    { label: 'Followers', value: stats.followers },
    { label: 'Votes', value: stats.votes },
  ];
  if (tool.githubRepo) entries.push({ label: 'GitHub stars', value: stats.githubStars }, { label: 'GitHub forks', value: stats.githubForks });
  return (
    <section className="tool-numbers" aria-labelledby="tool-numbers-title">
      <h2 id="tool-numbers-title" className="visually-hidden">
        {tool.name} in numbers
      </h2>
      <dl className="tool-numbers__list">
        {entries.map(({ label, value }) => (
          <div key={label} className="tool-numbers__item">
            <dt>{label}</dt>
            {value === null ? (
              <dd className="tool-numbers__unknown">not synced yet</dd>
            ) : (
              <dd title={formatExactCount(value)}>{formatCount(value)}</dd>
            )}
          </div>
        ))}
      </dl>
      {tool.githubRepo && (
        <p className="tool-numbers__note">
          {synced && stats.githubSyncedAt
            ? `GitHub figures as of ${formatDate(stats.githubSyncedAt)}${stats.githubPushedAt ? `; last push ${formatDate(stats.githubPushedAt)}` : ''}.`
            : 'GitHub figures have not been synced yet.'}
        </p>
      )}
    </section>
  );
}
