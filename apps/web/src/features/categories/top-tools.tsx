import { useSuspenseQuery } from '@tanstack/react-query';
import { href, Link } from 'react-router';
import { PageSection } from '../../components/page-section.js';
import { useApi } from '../../lib/api.js';
import { topToolsQuery, type TopToolsScope } from './category-queries.js';
import { RankedToolList } from './ranked-tool-list.js';

/** The most used tools of a layer or category, with the way to the whole catalogue. */
export function TopTools({ scope, name }: { scope: TopToolsScope; name: string }) {
  const { data: tools } = useSuspenseQuery(topToolsQuery(useApi(), scope));
  return (
    <PageSection
      id="top-tools-title"
      title={`Most used in ${name}`}
      action={
        'layer' in scope ? (
          // The catalogue reads ?layer= (tools/catalogue-url.ts); that module is not imported, as it brings zod.
          <Link to={`${href('/tools')}?${new URLSearchParams({ layer: scope.layer })}`}>All tools in {name}</Link>
        ) : undefined
      }
    >
      {tools.length === 0 ? (
        <p className="empty-state">
          No tool is filed here yet. <Link to={href('/tools')}>Browse the catalogue</Link> for the nearest fit.
        </p>
      ) : (
        <RankedToolList tools={tools} label={`Most used tools in ${name}`} showFunction />
      )}
    </PageSection>
  );
}
