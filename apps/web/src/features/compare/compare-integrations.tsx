import type { Comparison } from '@stackyard/domain';
import { ToolChips } from './tool-chips.js';

/** What the tools all plug into, then each tool's own integrations. */
export function CompareIntegrations({ comparison }: { comparison: Comparison }) {
  const { tools, sharedIntegrations } = comparison;
  return (
    <section id="integrations" className="compare-section" aria-labelledby="integrations-title">
      <h2 id="integrations-title">Integrations</h2>
      <h3 id="integrations-shared">In common</h3>
      {sharedIntegrations.length === 0 ? (
        <p className="compare-empty">No tool integrates with {tools.length === 2 ? 'both' : 'all three'}.</p>
      ) : (
        <ToolChips tools={sharedIntegrations} labelledBy="integrations-shared" />
      )}
      <div className="compare-columns">
        {tools.map((tool) => (
          <div key={tool.slug} className="compare-integrations__tool">
            <h3 id={`integrations-${tool.slug}`}>{tool.name} integrates with</h3>
            {tool.integrations.length === 0 ? (
              <p className="compare-empty">No integrations listed for {tool.name} yet.</p>
            ) : (
              <ToolChips tools={tool.integrations} labelledBy={`integrations-${tool.slug}`} />
            )}
          </div>
        ))}
      </div>
    </section>
  );
}
