import type { TestResponse, TestServer } from './test-server.js';

export interface TestAccount {
  username: string;
  email: string;
  password: string;
  /** The `Cookie` header value that carries the account's session. */
  cookie: string;
}

let counter = 0;

/** The `name=value` pair of the first cookie a response sets with the given name, or null. */
export function cookieFrom(response: TestResponse, name: string): string | null {
  for (const line of response.headers.getSetCookie()) {
    const pair = line.split(';', 1)[0]!;
    if (pair.startsWith(`${name}=`)) return pair;
  }
  return null;
}

export const SESSION_COOKIE = 'stackyard_session';

/** Signs up a new person (unique name per call) and returns their credentials and session cookie. */
export async function signUpAccount(server: TestServer, overrides: Partial<Omit<TestAccount, 'cookie'>> = {}): Promise<TestAccount> {
  counter += 1;
  const suffix = `${process.pid}${counter}${Math.floor(Math.random() * 1e6)}`.slice(-12);
  const account = {
    username: overrides.username ?? `tester_${suffix}`,
    email: overrides.email ?? `tester_${suffix}@example.org`,
    password: overrides.password ?? `a long passphrase ${suffix}`,
  };
  const response = await server.request('/api/v1/auth/signup', jsonBody('POST', account));
  if (response.status !== 201) throw new Error(`sign-up failed: ${response.status} ${JSON.stringify(response.body)}`);
  const cookie = cookieFrom(response, SESSION_COOKIE);
  if (!cookie) throw new Error('sign-up set no session cookie');
  return { ...account, cookie };
}

/** A request init with a JSON body (and extra headers, such as a Cookie). */
export function jsonBody(method: string, body: unknown, headers: Record<string, string> = {}): RequestInit {
  return { method, headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) };
}
