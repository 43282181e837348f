import type { Comparison, ToolProfile } from '@stackyard/domain';
import { LoadMore } from '../../components/load-more.js';
import { formatExactCount } from '../tools/tool-format.js';
import { useIntegrationsRest } from '../tools/tool-list-rest.js';
import { ToolChips } from './tool-chips.js';

/** What the tools all plug into, then each tool's own integrations, most used first, the rest on request. */
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
          <ToolIntegrationList key={tool.slug} tool={tool} />
        ))}
      </div>
    </section>
  );
}

function ToolIntegrationList({ tool }: { tool: ToolProfile }) {
  const list = useIntegrationsRest(tool.slug, tool.integrations, tool.rest.integrations);
  return (
    <div className="compare-integrations__tool">
      <h3 id={`integrations-${tool.slug}`}>{tool.name} integrates with</h3>
      {list.items.length === 0 ? (
        <p className="compare-empty">No integrations listed for {tool.name} yet.</p>
      ) : (
        <ToolChips tools={list.items} labelledBy={`integrations-${tool.slug}`} />
      )}
      <LoadMore query={list} what={`${formatExactCount(list.total - list.items.length)} more integrations of ${tool.name}`} className="compare-reasons__more" quiet />
    </div>
  );
}
