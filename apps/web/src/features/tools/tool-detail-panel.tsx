import { ApiError } from '@stackyard/contract/browser';
import type { ToolDetail } from '@stackyard/domain';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { ErrorAlert } from '../../components/error-alert.js';
import { useApi } from '../../lib/api.js';
import { isPlainLeftClick } from '../../lib/links.js';
import { displayHost, githubUrl, safeExternalUrl } from './tool-format.js';
import { ToolLogo } from './tool-logo.js';
import { toolQuery } from './tool-queries.js';
import { ToolStats } from './tool-stats.js';

interface ToolDetailPanelProps {
  slug: string;
  /** Grows each time the user opens a tool; focus moves into the panel then, not on page load. */
  focusRequest: number;
  hrefFor: (slug: string) => string;
  onOpenTool: (slug: string) => void;
  onClose: () => void;
}

export function ToolDetailPanel({ slug, focusRequest, hrefFor, onOpenTool, onClose }: ToolDetailPanelProps) {
  const query = useQuery(toolQuery(useApi(), slug));
  const headingRef = useRef<HTMLHeadingElement>(null);
  const tool = query.data;

  // Opening a tool moves focus into the panel, so keyboard and screen-reader users land on what they chose.
  // A page opened from a link (or Back/Forward) keeps the browser's own focus instead.
  useEffect(() => {
    if (focusRequest > 0) headingRef.current?.focus();
  }, [focusRequest]);

  useEffect(() => {
    if (!tool) return;
    const previousTitle = document.title;
    document.title = `${tool.name} — Stackyard`;
    return () => {
      document.title = previousTitle;
    };
  }, [tool]);

  return (
    <section
      className="tool-detail"
      aria-labelledby="tool-detail-title"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <div className="tool-detail__header">
        {tool && <ToolLogo name={tool.name} logoUrl={tool.logoUrl} />}
        <h2 id="tool-detail-title" ref={headingRef} tabIndex={-1}>
          {tool?.name ?? 'Tool details'}
        </h2>
        <button type="button" className="button button--quiet tool-detail__close" onClick={onClose}>
          Close<span className="visually-hidden"> details</span>
        </button>
      </div>

      {query.isPending && <p role="status">Loading tool…</p>}
      {query.isError &&
        (isNotFound(query.error) ? (
          <ErrorAlert title={`There is no tool called “${slug}”. It may have been renamed or removed.`} />
        ) : (
          <ErrorAlert title="Could not load this tool." error={query.error} onRetry={() => void query.refetch()} />
        ))}
      {tool && <ToolDetailBody tool={tool} hrefFor={hrefFor} onOpenTool={onOpenTool} />}
    </section>
  );
}

function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'not_found';
}

interface ToolDetailBodyProps {
  tool: ToolDetail;
  hrefFor: (slug: string) => string;
  onOpenTool: (slug: string) => void;
}

function ToolDetailBody({ tool, hrefFor, onOpenTool }: ToolDetailBodyProps) {
  const website = safeExternalUrl(tool.websiteUrl);
  const github = tool.githubRepo ? githubUrl(tool.githubRepo) : null;

  return (
    <>
      <nav className="breadcrumb" aria-label="Category path">
        <ol>
          <li>{tool.path.layer.name}</li>
          <li>{tool.path.category.name}</li>
          <li>{tool.path.function.name}</li>
        </ol>
      </nav>

      <p className="tool-detail__tagline">{tool.tagline}</p>
      <ToolStats stats={tool.stats} />
      <p className="tool-detail__description">{tool.description}</p>

      <p className="tool-detail__license">
        {tool.openSource ? 'Open source' : 'Proprietary'}
        {tool.license && ` · ${tool.license} license`}
      </p>

      {(website || github) && (
        <ul className="tool-detail__links" aria-label="Links">
          {website && (
            <li>
              <a href={website} rel="noopener noreferrer">
                Website<span className="visually-hidden">:</span> <span className="link-detail">{displayHost(website)}</span>
              </a>
            </li>
          )}
          {github && tool.githubRepo && (
            <li>
              <a href={github} rel="noopener noreferrer">
                GitHub<span className="visually-hidden">:</span> <span className="link-detail">{tool.githubRepo}</span>
              </a>
            </li>
          )}
        </ul>
      )}

      <h3 id="tool-integrations-title">Integrations</h3>
      {tool.integrations.length === 0 ? (
        <p className="muted">No integrations listed yet.</p>
      ) : (
        <ul className="integration-list" aria-labelledby="tool-integrations-title">
          {tool.integrations.map((other) => (
            <li key={other.slug}>
              <a
                href={hrefFor(other.slug)}
                onClick={(event) => {
                  if (!isPlainLeftClick(event)) return;
                  event.preventDefault();
                  onOpenTool(other.slug);
                }}
              >
                {other.name}
              </a>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
