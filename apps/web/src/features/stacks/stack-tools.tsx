import type { StackDetail } from '@stackyard/domain';
import { href, Link } from 'react-router';
import { ToolLogo } from '../tools/tool-logo.js';
import { DateTime } from '../../components/date-time.js';
import { layerSectionId, layerToolCount, toolProvenance } from './stack-format.js';

type Layer = StackDetail['groups'][number];
type StackTool = Layer['categories'][number]['tools'][number];

/** One layer of a stack: its categories, each with its tools. */
export function StackLayer({ layer }: { layer: Layer }) {
  const id = layerSectionId(layer.slug);
  const count = layerToolCount(layer);
  return (
    <section className="stack-layer" aria-labelledby={id}>
      <h3 id={id} className="stack-layer__title">
        {layer.name}
        <span className="stack-layer__count">
          {' '}
          · {count} {count === 1 ? 'tool' : 'tools'}
        </span>
      </h3>
      {layer.categories.map((category) => (
        <div key={category.slug} className="stack-category">
          <h4 id={`${id}-${category.slug}`} className="stack-category__title">
            {category.name}
          </h4>
          <ul className="stack-tools" aria-labelledby={`${id}-${category.slug}`}>
            {category.tools.map((tool) => (
              <li key={tool.slug}>
                <StackToolRow tool={tool} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

function StackToolRow({ tool }: { tool: StackTool }) {
  const provenance = toolProvenance(tool);
  return (
    <div className="stack-tool">
      <ToolLogo name={tool.name} logoUrl={tool.logoUrl} />
      <div className="stack-tool__text">
        <p className="stack-tool__name">
          <Link to={href('/tools/:slug', { slug: tool.slug })}>{tool.name}</Link>
          <span className="stack-tool__function">{tool.function.name}</span>
        </p>
        <p className="stack-tool__tagline">{tool.tagline}</p>
        {tool.note && (
          <p className="stack-tool__note">
            <span className="visually-hidden">Owner’s note: </span>
            {tool.note}
          </p>
        )}
        {provenance && (
          <div className="stack-tool__provenance">
            <p className="stack-tool__origin">
              <span className="stack-tool__detected">Detected</span> in <span className="stack-tool__place">{provenance.place}</span>
              {provenance.confirmedAt && (
                <>
                  {' '}
                  · confirmed <DateTime value={provenance.confirmedAt} />
                </>
              )}
            </p>
            {provenance.more.length > 0 && (
              <details className="evidence-more">
                <summary>
                  {provenance.more.length} more {provenance.more.length === 1 ? 'place' : 'places'}
                  <span className="visually-hidden"> where {tool.name} was detected</span>
                </summary>
                <ul>
                  {provenance.more.map((entry) => (
                    <li key={`${entry.file}:${entry.line}:${entry.package}`}>
                      <EvidenceLine evidence={entry} />
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </div>
        )}
      </div>
    </div>
  );
}

/** "package.json:4" and the text of that line (the editor's import has the same one, in its own chunk). */
function EvidenceLine({ evidence }: { evidence: StackTool['evidence'][number] }) {
  return (
    <span className="evidence">
      <span className="evidence__place">{`${evidence.file}:${evidence.line}`}</span>
      {evidence.snippet && <code className="evidence__snippet">{evidence.snippet}</code>}
    </span>
  );
}
