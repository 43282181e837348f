import { routeTable, urlOf } from '@stackyard/contract/browser';
import type { ToolDetail } from '@stackyard/domain';
import { FollowButton } from '../follows/follow-button.js';
import { displayHost, githubUrl, licenseUrl, safeExternalUrl } from './tool-format.js';
import { ToolLogo } from './tool-logo.js';

/** The Atom feed of what happens around a tool. */
export function toolFeedPath(slug: string): string {
  const feed = routeTable.tools?.feed;
  if (!feed) throw new Error('The route table has no tools.feed');
  return urlOf(feed, { params: { slug } });
}

/** A tool's name, what it is, the follow button and where to find it elsewhere. */
export function ToolHero({ tool }: { tool: ToolDetail }) {
  const website = safeExternalUrl(tool.websiteUrl);
  const repository = tool.githubRepo ? githubUrl(tool.githubRepo) : null;
  const licence = licenseUrl(tool.license);
  return (
    <header className="tool-hero">
      <div className="tool-hero__identity">
        <ToolLogo name={tool.name} logoUrl={tool.logoUrl} />
        <div>
          <h1 className="tool-hero__name">{tool.name}</h1>
          <p className="tool-hero__tagline">{tool.tagline}</p>
        </div>
      </div>
      <div className="tool-hero__actions">
        <FollowButton target={{ kind: 'tool', slug: tool.slug }} name={tool.name} followers={tool.stats.followers} following={tool.viewer?.following ?? null} />
      </div>
      <ul className="tool-hero__links" aria-label={`${tool.name} elsewhere`}>
        {website && (
          <li>
            <a href={website} rel="noopener noreferrer">
              Website<span className="visually-hidden">:</span> <span className="link-detail">{displayHost(website)}</span>
            </a>
          </li>
        )}
        {repository && tool.githubRepo && (
          <li>
            <a href={repository} rel="noopener noreferrer">
              Repository<span className="visually-hidden">:</span> <span className="link-detail">{tool.githubRepo}</span>
            </a>
          </li>
        )}
        <li>
          {licence ? (
            <a href={licence} rel="noopener noreferrer">
              Licence<span className="visually-hidden">:</span> <span className="link-detail">{tool.license}</span>
            </a>
          ) : (
            <span className="tool-hero__fact">
              Licence: <span className="link-detail">{tool.license ?? (tool.openSource ? 'open source' : 'not stated')}</span>
            </span>
          )}
        </li>
        <li>
          {/* A plain link: the feed is a document for feed readers, not a page of the site. */}
          <a href={toolFeedPath(tool.slug)} type="application/atom+xml">
            <FeedIcon /> Atom feed<span className="visually-hidden"> of {tool.name}</span>
          </a>
        </li>
      </ul>
    </header>
  );
}

function FeedIcon() {
  return (
    <svg aria-hidden="true" width="14" height="14" viewBox="0 0 16 16" className="tool-hero__feed-icon">
      <circle cx="3" cy="13" r="2" fill="currentColor" />
      <path d="M1 7a8 8 0 0 1 8 8h-2.5A5.5 5.5 0 0 0 1 9.5zM1 2a13 13 0 0 1 13 13h-2.5A10.5 10.5 0 0 0 1 4.5z" fill="currentColor" />
    </svg>
  );
}
