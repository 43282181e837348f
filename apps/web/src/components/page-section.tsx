import type { ReactNode } from 'react';
import './page-section.css';

interface PageSectionProps {
  /** Unique on the page: the heading's id, which names the section for assistive technology. */
  id: string;
  title: ReactNode;
  /** A count shown beside the title ("12"), read with it. */
  count?: number;
  /** h2 for a page's main sections, h3 inside one. */
  level?: 2 | 3;
  /** Something at the end of the heading row (a "see all" link). */
  action?: ReactNode;
  className?: string;
  children: ReactNode;
}

/** A titled region of a page: a <section> named by its heading, with an optional count and action. */
export function PageSection({ id, title, count, level = 2, action, className, children }: PageSectionProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className={className ? `page-section ${className}` : 'page-section'} aria-labelledby={id}>
      <div className="page-section__head">
        <Heading id={id} className={`page-section__title page-section__title--h${level}`}>
          {title}
          {count !== undefined && <span className="page-section__count"> {new Intl.NumberFormat('en').format(count)}</span>}
        </Heading>
        {action}
      </div>
      {children}
    </section>
  );
}

/** The small label above a page's title that says what kind of page it is ("Stack", "Decision"). */
export function Eyebrow({ children }: { children: ReactNode }) {
  return <p className="page-eyebrow">{children}</p>;
}

/** A note the reader should not miss (content hidden from the public, a suspended account). */
export function Notice({ children }: { children: ReactNode }) {
  return (
    <p className="page-notice" role="note">
      {children}
    </p>
  );
}
