import type { Profile } from '@stackyard/domain';
import { useSuspenseQuery } from '@tanstack/react-query';
import { href, Link } from 'react-router';
import { DateTime } from '../../components/date-time.js';
import { Notice, PageSection } from '../../components/page-section.js';
import { useApi } from '../../lib/api.js';
import { DecisionList } from '../decisions/decision-card.js';
import { FollowButton } from '../follows/follow-button.js';
import { ReportButton } from '../reports/report-button.js';
import '../reports/report-button.css';
import { StackCard } from '../stacks/stack-card.js';
import { ToolChipList } from '../stacks/tool-chip-list.js';
import { displayHost, safeExternalUrl } from '../tools/tool-format.js';
import { UserAvatar } from './user-avatar.js';
import { UserByline } from './user-byline.js';
import { nameOf } from './user-format.js';
import { profileQuery } from './user-queries.js';
import './profile-page.css';

/** A person: who they are, the stacks they share, the decisions they wrote, and what they follow. */
export function ProfilePage({ username, isSelf }: { username: string; isSelf: boolean }) {
  const { data: profile } = useSuspenseQuery(profileQuery(useApi(), username));
  const name = nameOf(profile.user);
  return (
    <article className="profile" aria-labelledby="profile-title">
      <ProfileHeader profile={profile} isSelf={isSelf} />
      <div className="profile__layout">
        <div className="profile__main">
          <PageSection id="profile-stacks-title" title="Stacks" count={profile.counts.stacks}>
            {profile.stacks.length === 0 ? (
              <p className="empty-state">
                {isSelf ? 'You have not shared a stack yet. Share the tools your team runs so others can learn from them.' : `${name} has not shared a stack yet.`}{' '}
                {isSelf ? <Link to={href('/stacks/new')}>Share a stack</Link> : <><Link to={href('/tools')}>Browse the tools</Link> to see what others run.</>}
              </p>
            ) : (
              <>
                <ul className="stack-cards" aria-label={`Stacks by ${name}`}>
                  {profile.stacks.map((stack) => (
                    <li key={stack.slug}>
                      <StackCard stack={stack} />
                    </li>
                  ))}
                </ul>
                <ShownOf shown={profile.stacks.length} total={profile.counts.stacks} what="stacks" />
                {isSelf && <p><Link to={href('/stacks/new')}>Share a stack</Link></p>}
              </>
            )}
          </PageSection>
          <PageSection id="profile-decisions-title" title="Decisions" count={profile.counts.decisions}>
            <DecisionList
              decisions={profile.decisions}
              label={`Decisions by ${name}`}
              showAuthor={false}
              empty={isSelf ? 'You have not written a decision yet. Say why your team chose a tool, and others will weigh it when they choose.' : `${name} has not written a decision yet.`}
            />
            <ShownOf shown={profile.decisions.length} total={profile.counts.decisions} what="decisions" />
          </PageSection>
        </div>
        <aside className="profile__aside" aria-label={`What ${name} follows`}>
          <Following profile={profile} name={name} isSelf={isSelf} />
        </aside>
      </div>
    </article>
  );
}

function ProfileHeader({ profile, isSelf }: { profile: Profile; isSelf: boolean }) {
  const { user } = profile;
  const name = nameOf(user);
  const website = safeExternalUrl(user.websiteUrl);
  return (
    <header className="profile-header">
      <UserAvatar user={user} size="lg" />
      <div className="profile-header__text">
        <h1 id="profile-title">{name}</h1>
        <p className="profile-header__username">@{user.username}</p>
        {user.bio && <p className="profile-header__bio">{user.bio}</p>}
        <ul className="profile-header__facts" aria-label="About">
          <li>
            Joined <DateTime value={user.createdAt} />
          </li>
          {website && (
            <li>
              <a href={website} rel="nofollow ugc noopener me" target="_blank">
                {displayHost(website)}
                <span className="visually-hidden"> (opens in a new tab)</span>
              </a>
            </li>
          )}
        </ul>
        {user.suspended && <Notice>This account is suspended: only its owner and the moderators see this profile.</Notice>}
      </div>
      <div className="profile-header__follow">
        {isSelf ? (
          <p className="follow__count">
            {user.followers} {user.followers === 1 ? 'follower' : 'followers'} · this is you
          </p>
        ) : (
          <FollowButton
            target={{ kind: 'user', username: user.username }}
            name={name}
            followers={user.followers}
            following={profile.viewer ? profile.viewer.following : null}
          />
        )}
        {!isSelf && <ReportButton subjectType="user" subjectId={user.id} label={name} />}
      </div>
    </header>
  );
}

function Following({ profile, name, isSelf }: { profile: Profile; name: string; isSelf: boolean }) {
  const { tools, stacks, users } = profile.following;
  const counts = profile.counts.following;
  const total = counts.tools + counts.stacks + counts.users;
  return (
    <PageSection id="profile-following-title" title="Following" count={total} className="profile-following">
      {total === 0 && (
        <p className="empty-state">
          {isSelf ? (
            <>
              You follow nothing yet. Follow tools, stacks and people from their pages to see what they do in your feed. <Link to={href('/tools')}>Browse the tools</Link>.
            </>
          ) : (
            `${name} follows nothing yet.`
          )}
        </p>
      )}
      {tools.length > 0 && (
        <PageSection id="following-tools-title" level={3} title="Tools" count={counts.tools}>
          <ToolChipList tools={tools} label={`Tools ${name} follows`} size="sm" />
          <ShownOf shown={tools.length} total={counts.tools} what="tools" />
        </PageSection>
      )}
      {stacks.length > 0 && (
        <PageSection id="following-stacks-title" level={3} title="Stacks" count={counts.stacks}>
          <ul className="following-list" aria-label={`Stacks ${name} follows`}>
            {stacks.map((stack) => (
              <li key={`${stack.owner}/${stack.slug}`}>
                <Link to={href('/stacks/:owner/:slug', { owner: stack.owner, slug: stack.slug })}>{stack.name}</Link>
                <span className="muted"> by {stack.owner}</span>
              </li>
            ))}
          </ul>
          <ShownOf shown={stacks.length} total={counts.stacks} what="stacks" />
        </PageSection>
      )}
      {users.length > 0 && (
        <PageSection id="following-people-title" level={3} title="People" count={counts.users}>
          <ul className="following-list" aria-label={`People ${name} follows`}>
            {users.map((person) => (
              <li key={person.username}>
                <UserByline user={person} />
              </li>
            ))}
          </ul>
          <ShownOf shown={users.length} total={counts.users} what="people" />
        </PageSection>
      )}
    </PageSection>
  );
}

/** Under a list the API cut short: says that these are the newest of more, rather than all of them. */
function ShownOf({ shown, total, what }: { shown: number; total: number; what: string }) {
  if (shown >= total) return null;
  return (
    <p className="profile__shown-of">
      The newest {shown} of {new Intl.NumberFormat('en').format(total)} {what}.
    </p>
  );
}
