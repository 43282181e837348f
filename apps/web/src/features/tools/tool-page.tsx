import { useSuspenseQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useApi } from '../../lib/api.js';
import { ToolAdoption } from './tool-adoption.js';
import { ToolBreadcrumb } from './tool-breadcrumb.js';
import { ToolHero } from './tool-hero.js';
import { categoryCrumbs } from './tool-links.js';
import { ToolNumbers } from './tool-numbers.js';
import { toolQuery } from './tool-queries.js';
import { ToolReasons } from './tool-reasons.js';
import './tool-page.css';

// Stacks and decisions (with their "load more" lists) and the side column are chunks of their own:
// rendered on the server with the rest, their code arrives after the page's first download and hydrates
// them then.
const ToolUsage = lazy(() => import('./tool-usage.js').then((module) => ({ default: module.ToolUsage })));
const ToolSide = lazy(() => import('./tool-side.js').then((module) => ({ default: module.ToolSide })));

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
          <Suspense fallback={null}>
            <ToolUsage tool={tool} />
          </Suspense>
        </div>
        <Suspense fallback={null}>
          <ToolSide tool={tool} />
        </Suspense>
      </div>
    </div>
  );
}
