import type { Route } from './+types/users.$username';
import { ProfilePage } from '../features/users/profile-page.js';
import { profileDescription, profileHead, profileJsonLd } from '../features/users/user-json-ld.js';
import { profileQuery, viewerUsernameQuery } from '../features/users/user-queries.js';
import { pageData } from '../lib/page-data.js';
import { pageMeta } from '../lib/page-meta.js';

const page = pageData(async ({ queries, api }, { params }: { params: Route.LoaderArgs['params'] }) => {
  // The API checks the name; one it refuses is a 404 like one it does not know (pageData).
  const { username } = params;
  const profile = await queries.ensureQueryData(profileQuery(api, username));
  // Only a signed-in visitor can be looking at their own profile; nobody else costs the extra call.
  const viewer = profile.viewer ? await queries.ensureQueryData(viewerUsernameQuery(api)) : null;
  const isSelf = viewer !== null && viewer.toLowerCase() === profile.user.username.toLowerCase();
  // The page reads the profile under the key it was fetched with: the URL's spelling, which may differ in case.
  return { ...profileHead(profile), requested: username, isSelf };
});
export const loader = page.loader;
export const clientLoader = page.clientLoader;

export function meta({ loaderData }: Route.MetaArgs) {
  const { head, origin } = loaderData;
  return pageMeta({
    title: `${head.name} (@${head.username})`,
    description: profileDescription(head),
    path: `/users/${head.username}`,
    origin,
    type: 'profile',
    image: head.avatar,
    jsonLd: profileJsonLd(head, origin),
  });
}

export default function UserRoute({ loaderData }: Route.ComponentProps) {
  return <ProfilePage username={loaderData.head.requested} isSelf={loaderData.head.isSelf} />;
}
