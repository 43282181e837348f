import { useSuspenseQuery } from '@tanstack/react-query';
import { useApi } from '../../lib/api.js';
import { CompareWith } from './tool-compare.js';
import { ToolAdoption } from './tool-adoption.js';
import { ToolAlternativesPreview } from './tool-alternatives-preview.js';
import { ToolBreadcrumb } from './tool-breadcrumb.js';
import { ToolDecisions } from './tool-decisions.js';
import { ToolHero } from './tool-hero.js';
import { ToolIntegrations } from './tool-integrations.js';
import { categoryCrumbs } from './tool-links.js';
import { ToolNumbers } from './tool-numbers.js';
import { toolQuery } from './tool-queries.js';
import { ToolReasons } from './tool-reasons.js';
import { ToolStacks } from './tool-stacks.js';
import './tool-page.css';

/** Everything about one tool: what it is, what people say, who uses it, and what to weigh it against. */
export function ToolPage({ slug }: { slug: string }) {
  const { data: tool } = useSuspenseQuery(toolQuery(useApi(), slug));
  return (
    <div className="tool-page">
      <ToolBreadcrumb crumbs={categoryCrumbs(tool.path)} current={tool.name} />
      <ToolHero tool={tool} />
      <ToolNumbers tool={tool} />
      <div className="tool-page__layout">
        <div className="tool-page__main">
          <section className="tool-section" aria-labelledby="about-title">
            <h2 id="about-title">About {tool.name}</h2>
            <p className="tool-page__description">{tool.description}</p>
          </section>
          <ToolReasons tool={tool} />
          <ToolAdoption name={tool.name} slug={tool.slug} adoption={tool.adoption} />
          <ToolStacks tool={tool} />
          <ToolDecisions slug={tool.slug} name={tool.name} />
        </div>
        <aside className="tool-page__side" aria-label={`Related to ${tool.name}`}>
          <CompareWith tool={tool} />
          <ToolAlternativesPreview tool={tool} />
          <ToolIntegrations name={tool.name} integrations={tool.integrations} />
        </aside>
      </div>
    </div>
  );
}
