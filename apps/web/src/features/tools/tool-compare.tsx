import type { ToolDetail } from '@stackyard/domain';
import { lazy, Suspense, useState } from 'react';
import { Link } from 'react-router';
import { comparePath } from './compare-path.js';
import { ToolLogo } from './tool-logo.js';

// The picker (search as you type, a listbox, keyboard handling) is needed only by those who open it.
const ComparePicker = lazy(() => import('./compare-picker.js').then((module) => ({ default: module.ComparePicker })));

/** How many alternatives are offered as one-click comparisons. */
const SUGGESTED = 3;

/** "Compare with…": the closest alternatives in one click, or any other tool by typing its name. */
export function CompareWith({ tool }: { tool: ToolDetail }) {
  const [picking, setPicking] = useState(false);
  const suggested = tool.alternatives.slice(0, SUGGESTED);
  return (
    <section className="tool-side-section tool-compare" aria-labelledby="compare-title">
      <h2 id="compare-title">Compare {tool.name} with…</h2>
      {suggested.length > 0 && (
        <ul className="tool-compare__list" aria-labelledby="compare-title">
          {suggested.map((other) => (
            <li key={other.slug}>
              <Link to={comparePath([tool.slug, other.slug])} className="tool-compare__link">
                <ToolLogo name={other.name} logoUrl={other.logoUrl} />
                <span>
                  <span className="visually-hidden">{tool.name} </span>
                  <span className="tool-compare__vs" aria-hidden="true">
                    vs{' '}
                  </span>
                  <span className="visually-hidden">versus </span>
                  {other.name}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      {picking ? (
        <Suspense fallback={<p className="muted" role="status">Loading the tool picker…</p>}>
          <ComparePicker slug={tool.slug} name={tool.name} onClose={() => setPicking(false)} />
        </Suspense>
      ) : (
        <button type="button" className="button button--quiet tool-compare__open" onClick={() => setPicking(true)}>
          {suggested.length > 0 ? 'Another tool…' : 'Pick a tool…'}
        </button>
      )}
    </section>
  );
}
