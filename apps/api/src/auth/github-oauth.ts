import { ArcticFetchError, OAuth2Client, OAuth2RequestError, generateState } from 'arctic';
import type { GithubOAuthConfig } from '../config.js';
import { AppError } from '../errors/app-error.js';

export { generateState };

/** Who signed in with GitHub, as the sign-in needs it: GitHub's id (as text), login and public profile. */
export interface GithubProfile {
  id: string;
  login: string;
  name: string | null;
  email: string | null;
  avatarUrl: string | null;
  blog: string | null;
}

/** `user:email` lets us read the verified primary email when the profile hides it. */
const SCOPES = ['read:user', 'user:email'];

function clientFor(config: GithubOAuthConfig, redirectUri: string): OAuth2Client {
  return new OAuth2Client(config.clientId, config.clientSecret, redirectUri);
}

export function githubAuthorizationUrl(config: GithubOAuthConfig, state: string, redirectUri: string): URL {
  return clientFor(config, redirectUri).createAuthorizationURL(`${config.oauthUrl}/login/oauth/authorize`, state, SCOPES);
}

async function githubGet(config: GithubOAuthConfig, path: string, accessToken: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`${config.apiUrl}${path}`, {
      headers: {
        Authorization: `Bearer ${accessToken}`,
        Accept: 'application/vnd.github+json',
        'User-Agent': 'stackyard',
        'X-GitHub-Api-Version': '2022-11-28',
      },
      signal: AbortSignal.timeout(10_000),
    });
  } catch {
    throw new AppError('service_unavailable', 'GitHub could not be reached; try again in a moment');
  }
  if (!response.ok) throw new AppError('service_unavailable', `GitHub answered ${response.status} for ${path}`);
  return response.json();
}

/** Trades the callback's code for an access token, then reads who signed in. */
export async function fetchGithubProfile(config: GithubOAuthConfig, code: string, redirectUri: string): Promise<GithubProfile> {
  let accessToken: string;
  try {
    const tokens = await clientFor(config, redirectUri).validateAuthorizationCode(
      `${config.oauthUrl}/login/oauth/access_token`,
      code,
      null,
    );
    // GitHub reports a refused code as 200 with an `error` field, which the generic client passes through.
    const refusal = (tokens.data as { error?: unknown }).error;
    if (typeof refusal === 'string') throw new OAuth2RequestError(refusal, null, null, null);
    accessToken = tokens.accessToken();
  } catch (error) {
    if (error instanceof OAuth2RequestError) {
      throw new AppError('validation_failed', `GitHub refused the sign-in (${error.code}); please start again`);
    }
    if (error instanceof ArcticFetchError) throw new AppError('service_unavailable', 'GitHub could not be reached; try again in a moment');
    throw new AppError('service_unavailable', 'GitHub gave an unexpected answer; please start again');
  }

  const user = (await githubGet(config, '/user', accessToken)) as Record<string, unknown>;
  if (typeof user.id !== 'number' || typeof user.login !== 'string') {
    throw new AppError('service_unavailable', 'GitHub gave an unexpected profile');
  }
  let email = typeof user.email === 'string' ? user.email : null;
  if (!email) {
    const emails = (await githubGet(config, '/user/emails', accessToken)) as Array<Record<string, unknown>>;
    const primary = Array.isArray(emails) ? emails.find((entry) => entry.primary === true && entry.verified === true) : undefined;
    email = typeof primary?.email === 'string' ? primary.email : null;
  }
  return {
    id: String(user.id),
    login: user.login,
    name: typeof user.name === 'string' ? user.name : null,
    email,
    avatarUrl: typeof user.avatar_url === 'string' ? user.avatar_url : null,
    blog: typeof user.blog === 'string' ? user.blog : null,
  };
}
