import type { ToolProfile } from '@stackyard/domain';
import { BarChart } from '../../components/bar-chart.js';
import { formatExactCount } from '../tools/tool-format.js';
import { describeSync, statRows } from './compare-stats.js';

/** The figures side by side in a table (the most of each marked), then the same figures as bars. */
export function CompareStats({ tools }: { tools: ToolProfile[] }) {
  const rows = statRows(tools);
  return (
    <section id="numbers" className="compare-section" aria-labelledby="numbers-title">
      <h2 id="numbers-title">In numbers</h2>
      <div className="compare-numbers">
        <div className="compare-table-scroll">
          <table className="compare-table">
            <caption className="visually-hidden">Stacks, followers, votes and GitHub figures of each tool</caption>
            <thead>
              <tr>
                <td />
                {tools.map((tool, index) => (
                  <th key={tool.slug} scope="col">
                    <span className={`chart__swatch chart__series-${index + 1}`} aria-hidden="true" />
                    {tool.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.label}>
                  <th scope="row">{row.label}</th>
                  {row.values.map((value, index) => (
                    <td key={tools[index]!.slug} className={row.leader === index ? 'compare-table__leader' : undefined}>
                      {value === null ? (
                        // The last row says why: GitHub has not been read for this tool yet.
                        <>
                          <span aria-hidden="true">–</span>
                          <span className="visually-hidden">Not synced yet</span>
                        </>
                      ) : (
                        formatExactCount(value)
                      )}
                      {row.leader === index && <span className="compare-table__badge">most</span>}
                    </td>
                  ))}
                </tr>
              ))}
              <tr>
                <th scope="row">GitHub figures</th>
                {tools.map((tool) => (
                  <td key={tool.slug} className="compare-table__note">
                    {describeSync(tool.stats.githubSyncedAt)}
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
        </div>
        {/* A measure nobody knows yet would only draw empty tracks; the table already says so. */}
        <BarChart
          title="Side by side"
          series={tools.map((tool) => tool.name)}
          groups={rows.filter((row) => row.values.some((value) => value !== null)).map((row) => ({ label: row.label, values: row.values }))}
        />
      </div>
    </section>
  );
}
