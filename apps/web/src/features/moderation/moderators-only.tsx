import { href, Link } from 'react-router';
import { PageHead } from '../../components/page-head.js';
import '../site/error-pages.css';

/** The queue's 403: who it is for, and what a member can do instead. */
export function ModeratorsOnly() {
  return (
    <section className="error-page" aria-labelledby="error-title">
      <PageHead title="For moderators only · Stackyard" description="The moderation queue is for moderators." />
      <p className="error-page__status">Error 403</p>
      <h1 id="error-title">The moderation queue is for moderators</h1>
      <p>Your account is not a moderator’s, so the reports waiting for a decision are not shown to you.</p>
      <p>
        If something breaks the rules, use <strong>Report</strong> beside it on its page, and a moderator will look at it. What the moderators
        decide is public: <Link to={href('/moderation/log')}>read the moderation log</Link>.
      </p>
      <p className="error-page__actions">
        <Link className="button button--quiet" to="/">
          Go home
        </Link>
      </p>
    </section>
  );
}
