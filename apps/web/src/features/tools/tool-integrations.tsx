import type { ToolLink } from '@stackyard/domain';
import { href, Link } from 'react-router';
import { ToolLogo } from './tool-logo.js';

/** The tools this one is known to work with, each linking to its page. */
export function ToolIntegrations({ name, integrations }: { name: string; integrations: ToolLink[] }) {
  return (
    <section className="tool-side-section" aria-labelledby="integrations-title">
      <h2 id="integrations-title">Integrations</h2>
      {integrations.length === 0 ? (
        <p className="muted">No integrations of {name} are listed yet.</p>
      ) : (
        <ul className="tool-integration-chips" aria-labelledby="integrations-title">
          {integrations.map((other) => (
            <li key={other.slug}>
              <Link to={href('/tools/:slug', { slug: other.slug })}>
                <ToolLogo name={other.name} logoUrl={other.logoUrl} />
                {other.name}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
