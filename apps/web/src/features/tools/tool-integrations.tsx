import type { ToolProfile } from '@stackyard/domain';
import { href, Link } from 'react-router';
import { LoadMore } from '../../components/load-more.js';
import { formatExactCount } from './tool-format.js';
import { useIntegrationsRest } from './tool-list-rest.js';
import { ToolLogo } from './tool-logo.js';

/** The tools this one is known to work with, most used first, each linking to its page; the rest on request. */
export function ToolIntegrations({ tool }: { tool: Pick<ToolProfile, 'slug' | 'name' | 'integrations' | 'rest'> }) {
  const list = useIntegrationsRest(tool.slug, tool.integrations, tool.rest.integrations);
  return (
    <section className="tool-side-section" aria-labelledby="integrations-title">
      <h2 id="integrations-title">
        Integrations <span className="tool-reasons__count">{formatExactCount(list.total)}</span>
      </h2>
      {list.items.length === 0 ? (
        <p className="muted">No integrations of {tool.name} are listed yet.</p>
      ) : (
        <ul className="tool-integration-chips" aria-labelledby="integrations-title">
          {list.items.map((other) => (
            <li key={other.slug}>
              <Link to={href('/tools/:slug', { slug: other.slug })}>
                <ToolLogo name={other.name} logoUrl={other.logoUrl} />
                {other.name}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <LoadMore query={list} what={`${formatExactCount(list.total - list.items.length)} more integrations`} className="tool-side-section__more" quiet />
    </section>
  );
}
