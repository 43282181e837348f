import type { ToolLink } from '@stackyard/domain';
import { href, Link } from 'react-router';
import { ToolLogo } from '../tools/tool-logo.js';
import './tool-chip-list.css';

interface ToolChipListProps {
  tools: readonly ToolLink[];
  /** The list's accessible name ("Tools this decision is about"). */
  label: string;
  size?: 'sm' | 'md';
}

/** Tools as small logo-and-name links, wrapping over as many rows as they need. */
export function ToolChipList({ tools, label, size = 'md' }: ToolChipListProps) {
  return (
    <ul className={`tool-chips tool-chips--${size}`} aria-label={label}>
      {tools.map((tool) => (
        <li key={tool.slug}>
          <Link className="tool-chip" to={href('/tools/:slug', { slug: tool.slug })}>
            <ToolLogo name={tool.name} logoUrl={tool.logoUrl} />
            <span>{tool.name}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
