import type { ToolSummary } from '@stackyard/domain';
import { formatCount, formatExactCount } from './tool-format.js';

interface ToolStatsProps {
  stats: ToolSummary['stats'];
}

/** Stacks, followers and votes; a term/definition list so each number is read with its meaning. */
export function ToolStats({ stats }: ToolStatsProps) {
  const entries = [
    { label: 'Stacks', count: stats.stacks },
    { label: 'Followers', count: stats.followers },
    { label: 'Votes', count: stats.votes },
  ];
  return (
    <dl className="tool-stats">
      {entries.map(({ label, count }) => (
        <div key={label} className="tool-stats__item">
          <dt>{label}</dt>
          <dd title={formatExactCount(count)}>{formatCount(count)}</dd>
        </div>
      ))}
    </dl>
  );
}
