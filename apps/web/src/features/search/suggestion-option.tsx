import { ToolLogo } from '../tools/tool-logo.js';
import { Highlighted } from './highlighted.js';
import type { Suggestion } from './suggestions.js';

/** One suggestion: a picture (logo, avatar, or a sign of its kind), its name with the match marked, a detail. */
export function SuggestionOption({ option, query }: { option: Suggestion; query: string }) {
  return (
    <span className={`suggestion suggestion--${option.kind}`}>
      <SuggestionPicture option={option} />
      <span className="suggestion__text">
        <span className="suggestion__title">{option.kind === 'all' ? option.title : <Highlighted text={option.title} query={query} />}</span>
        {option.detail && <span className="suggestion__detail">{option.detail}</span>}
      </span>
    </span>
  );
}

function SuggestionPicture({ option }: { option: Suggestion }) {
  switch (option.kind) {
    case 'tool':
      return <ToolLogo name={option.title} logoUrl={option.imageUrl} />;
    case 'user':
      return <Avatar name={option.title} url={option.imageUrl} />;
    case 'stack':
      return (
        <span className="suggestion__icon" aria-hidden="true">
          <svg width="18" height="18" viewBox="0 0 32 32" fill="currentColor">
            <rect x="4" y="19" width="24" height="6" rx="2" />
            <rect x="7" y="12" width="18" height="6" rx="2" opacity="0.75" />
            <rect x="10" y="5" width="12" height="6" rx="2" opacity="0.5" />
          </svg>
        </span>
      );
    case 'all':
      return (
        <span className="suggestion__icon" aria-hidden="true">
          <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2.25" strokeLinecap="round">
            <circle cx="11" cy="11" r="7" />
            <path d="m20 20-3.5-3.5" />
          </svg>
        </span>
      );
  }
}

/** A person's avatar, or their initial; decorative, since their name is written beside it. */
export function Avatar({ name, url, size = 'small' }: { name: string; url: string | null; size?: 'small' | 'large' }) {
  const className = `avatar avatar--${size}`;
  if (url) return <img className={className} src={url} alt="" width={size === 'small' ? 28 : 40} height={size === 'small' ? 28 : 40} />;
  return (
    <span className={`${className} avatar--initial`} aria-hidden="true">
      {name.slice(0, 1).toUpperCase()}
    </span>
  );
}
