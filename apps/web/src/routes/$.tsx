import { NotFoundPage } from '../features/site/error-pages.js';
import { notFound } from '../lib/page-data.js';

// Any URL no other route claims: the 404 page with status 404, for people and crawlers alike.
export function loader(): never {
  notFound();
}

export function clientLoader(): never {
  notFound();
}

export default function NoSuchPage() {
  return <NotFoundPage />;
}
