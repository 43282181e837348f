import type { Route } from './+types/decisions.$id';
import { decisionIdOf } from '../features/decisions/decision-format.js';
import { decisionHead, decisionJsonLd } from '../features/decisions/decision-json-ld.js';
import { DecisionPage } from '../features/decisions/decision-page.js';
import { decisionQuery } from '../features/decisions/decision-queries.js';
import { notFound, pageData } from '../lib/page-data.js';
import { pageMeta } from '../lib/page-meta.js';

const page = pageData(async ({ queries, api }, { params }: { params: Route.LoaderArgs['params'] }) => {
  const id = decisionIdOf(params.id);
  if (id === null) notFound();
  return decisionHead(await queries.ensureQueryData(decisionQuery(api, id)));
});
export const loader = page.loader;
export const clientLoader = page.clientLoader;

export function meta({ loaderData }: Route.MetaArgs) {
  const { head, origin } = loaderData;
  return pageMeta({
    title: head.title,
    description: head.description,
    path: `/decisions/${head.id}`,
    origin,
    type: 'article',
    jsonLd: decisionJsonLd(head, origin),
  });
}

export default function DecisionRoute({ loaderData }: Route.ComponentProps) {
  return <DecisionPage id={loaderData.head.id} />;
}
