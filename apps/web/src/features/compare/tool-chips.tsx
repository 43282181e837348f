import type { ToolLink } from '@stackyard/domain';
import { href, Link } from 'react-router';
import { ToolLogo } from '../tools/tool-logo.js';

interface ToolChipsProps {
  tools: Array<ToolLink & { note?: string }>;
  /** The list's accessible name (the id of its heading). */
  labelledBy: string;
}

/** Tools as small linked chips, with a note after the name when there is one ("59 stacks"). */
export function ToolChips({ tools, labelledBy }: ToolChipsProps) {
  return (
    <ul className="tool-chips" aria-labelledby={labelledBy}>
      {tools.map((tool) => (
        <li key={tool.slug}>
          <Link className="tool-chip" to={href('/tools/:slug', { slug: tool.slug })}>
            <ToolLogo name={tool.name} logoUrl={tool.logoUrl} />
            {tool.name}
            {tool.note && <span className="tool-chip__note">{tool.note}</span>}
          </Link>
        </li>
      ))}
    </ul>
  );
}
