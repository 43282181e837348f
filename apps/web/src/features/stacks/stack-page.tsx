import type { StackDetail } from '@stackyard/domain';
import { useSuspenseQuery } from '@tanstack/react-query';
import { href, Link } from 'react-router';
import { DateTime } from '../../components/date-time.js';
import { Eyebrow, Notice, PageSection } from '../../components/page-section.js';
import { useApi } from '../../lib/api.js';
import { DecisionList } from '../decisions/decision-card.js';
import { FollowButton } from '../follows/follow-button.js';
import { ReportButton } from '../reports/report-button.js';
import '../reports/report-button.css';
import { displayHost, safeExternalUrl } from '../tools/tool-format.js';
import { UserByline } from '../users/user-byline.js';
import { layerSectionId, layerToolCount } from './stack-format.js';
import { stackQuery } from './stack-queries.js';
import { StackLayer } from './stack-tools.js';
import './stack-page.css';

/** A stack: who runs it, what it is, its tools layer by layer, and the decisions written about it. */
export function StackPage({ owner, slug }: { owner: string; slug: string }) {
  const { data: stack } = useSuspenseQuery(stackQuery(useApi(), owner, slug));
  const isOwner = stack.viewer?.canEdit ?? false;
  return (
    <article className="stack-page" aria-labelledby="stack-title">
      <StackHeader stack={stack} />
      <PageSection id="stack-tools-title" title="Tools" count={stack.stats.tools}>
        {stack.groups.length === 0 ? (
          <p className="empty-state">This stack lists no tools yet. Its owner can add them by editing it.</p>
        ) : (
          <>
            <LayerSummary stack={stack} />
            <div className="stack-layers">
              {stack.groups.map((layer) => (
                <StackLayer key={layer.slug} layer={layer} />
              ))}
            </div>
          </>
        )}
      </PageSection>
      <PageSection id="stack-decisions-title" title="Decisions" count={stack.decisions.length}>
        {isOwner && (
          <Link className="button button--quiet" to={`${href('/decisions/new')}?stack=${encodeURIComponent(`${stack.owner.username}/${stack.slug}`)}`}>
            Write a decision about this stack
          </Link>
        )}
        <DecisionList
          decisions={stack.decisions}
          label={`Decisions about ${stack.name}`}
          empty="Nobody has written down why this stack chose its tools yet. Decisions its owner writes for it will appear here."
        />
      </PageSection>
    </article>
  );
}

function StackHeader({ stack }: { stack: StackDetail }) {
  const website = safeExternalUrl(stack.websiteUrl);
  return (
    <header className="stack-header">
      <div className="stack-header__text">
        <Eyebrow>Stack</Eyebrow>
        <h1 id="stack-title">{stack.name}</h1>
        <p className="stack-header__byline">
          <span className="stack-header__by">by</span> <UserByline user={stack.owner} />
        </p>
        {stack.description && <p className="stack-header__description">{stack.description}</p>}
        {stack.hidden && <Notice>Hidden from the public: only its owner and the moderators see this stack.</Notice>}
      </div>
      <div className="stack-header__side">
        <FollowButton
          target={{ kind: 'stack', owner: stack.owner.username, slug: stack.slug }}
          name={stack.name}
          followers={stack.stats.followers}
          following={stack.viewer ? stack.viewer.following : null}
        />
        {stack.viewer?.canEdit ? (
          <Link className="button button--quiet stack-header__edit" to={href('/stacks/:owner/:slug/edit', { owner: stack.owner.username, slug: stack.slug })}>
            Edit stack
          </Link>
        ) : (
          <ReportButton subjectType="stack" subjectId={stack.id} label={stack.name} />
        )}
        <dl className="stack-facts">
          <div>
            <dt>Tools</dt>
            <dd>{stack.stats.tools}</dd>
          </div>
          <div>
            <dt>Updated</dt>
            <dd>
              <DateTime value={stack.updatedAt} />
            </dd>
          </div>
          <div>
            <dt>Shared</dt>
            <dd>
              <DateTime value={stack.createdAt} />
            </dd>
          </div>
          {website && (
            <div>
              <dt>Website</dt>
              <dd>
                <a href={website} rel="nofollow ugc noopener" target="_blank">
                  {displayHost(website)}
                  <span className="visually-hidden"> (opens in a new tab)</span>
                </a>
              </dd>
            </div>
          )}
        </dl>
      </div>
    </header>
  );
}

/** The stack's layers at a glance, each a link to its section: long stacks are read by jumping. */
function LayerSummary({ stack }: { stack: StackDetail }) {
  return (
    <nav aria-label="Layers of this stack">
      <ul className="layer-summary">
        {stack.groups.map((layer) => (
          <li key={layer.slug}>
            <a href={`#${layerSectionId(layer.slug)}`}>
              {layer.name} <span className="layer-summary__count">{layerToolCount(layer)}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
