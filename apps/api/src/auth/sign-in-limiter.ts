import { createHash } from 'node:crypto';
import { MemoryStore, type Options, type Store } from 'express-rate-limit';
import { RedisStore } from 'rate-limit-redis';
import type { RateLimitConfig } from '../config.js';
import { AppError } from '../errors/app-error.js';
import { redisKeyPrefix, type RateLimitBackend } from '../rate-limit-backend.js';

/**
 * Who a sign-in attempt is against: the account the login resolves to (so its username and its email share
 * one counter), or, when it names no account, the login itself normalised (NFKC, trimmed, lower case) and
 * hashed, so that probing unknown names is limited the same way and no address is kept in the store.
 */
export function signInIdentity(accountId: number | undefined, login: string): string {
  if (accountId !== undefined) return `user:${accountId}`;
  const normalised = login.normalize('NFKC').trim().toLowerCase();
  return `login:${createHash('sha256').update(normalised).digest('hex').slice(0, 32)}`;
}

/** A counted attempt; a successful sign-in uncounts it, as only failures count. */
export interface SignInAttempt {
  succeeded(): Promise<void>;
}

export interface SignInLimiter {
  /** Counts an attempt against an identity from an address, or refuses it with a 429 and Retry-After. */
  attempt(identity: string, address: string): Promise<SignInAttempt>;
}

/** A fixed-window counter in this process's memory or in Redis, the stores express-rate-limit counts with. */
function counterStore(backend: RateLimitBackend, name: string, windowMs: number): Store {
  const store =
    backend.kind === 'redis'
      ? new RedisStore({ prefix: redisKeyPrefix(backend, name), sendCommand: (...args: string[]) => backend.sendCommand(args) as never })
      : new MemoryStore();
  void store.init?.({ windowMs } as Options);
  return store;
}

function refuse(message: string, resetTime: Date | undefined, fallbackMs: number): AppError {
  const seconds = Math.max(1, Math.ceil(((resetTime?.getTime() ?? Date.now() + fallbackMs) - Date.now()) / 1000));
  return new AppError('rate_limited', `${message}; try again in ${seconds} s`, { retryAfterSeconds: seconds });
}

const noLimit: SignInLimiter = { attempt: async () => ({ succeeded: async () => {} }) };

/**
 * The sign-in limits, after OWASP's authentication guide: lock-out must not be a weapon against the victim.
 *
 * - Per account and address, a tight limit (`loginPerAccountAndIp`, 5 failures per 15 minutes) refuses
 *   further attempts from that address: one guesser is stopped, and the owner signing in from elsewhere is
 *   not affected.
 * - Per account from every address, a loose limit (`loginPerAccount`, 100 failures an hour) against
 *   guessing spread over many addresses. Past it the account is slowed, not locked: it takes one attempt per
 *   `window / limit` (36 s by default) from any address, the others get 429 with the seconds to wait. A
 *   distributed guesser keeps at most that pace, and the owner is never shut out for the rest of the window,
 *   at worst asked to wait one interval. (A delay before answering would not do it: parallel requests would
 *   all wait at once and still guess at full speed, while each held a connection.)
 *
 * Attempts are counted before the password is checked and uncounted when it was right, so concurrent
 * guesses cannot slip past a limit; refused attempts do not count. The per-address limit over all accounts
 * stays an express-rate-limit middleware in the router.
 */
export function createSignInLimiter(config: RateLimitConfig, backend: RateLimitBackend): SignInLimiter {
  if (!config.enabled) return noLimit;
  const { loginPerAccountAndIp: tight, loginPerAccount: loose } = config;
  const paceMs = Math.max(1000, Math.ceil(loose.windowMs / loose.limit));
  const perAccountAndAddress = counterStore(backend, 'sign-in-account-address', tight.windowMs);
  const perAccount = counterStore(backend, 'sign-in-account', loose.windowMs);
  const paced = counterStore(backend, 'sign-in-account-paced', paceMs);

  return {
    async attempt(identity, address) {
      const pairKey = `${identity}|${address}`;
      const pair = await perAccountAndAddress.increment(pairKey);
      if (pair.totalHits > tight.limit) {
        await perAccountAndAddress.decrement(pairKey);
        throw refuse('Too many failed sign-ins for this account from this address', pair.resetTime, tight.windowMs);
      }
      const account = await perAccount.increment(identity);
      if (account.totalHits > loose.limit) {
        const slot = await paced.increment(identity);
        if (slot.totalHits > 1) {
          await Promise.all([perAccountAndAddress.decrement(pairKey), perAccount.decrement(identity)]);
          const pace = Math.ceil(paceMs / 1000);
          throw refuse(`Too many failed sign-ins for this account; it takes one attempt every ${pace} s for now`, slot.resetTime, paceMs);
        }
      }
      return {
        async succeeded() {
          await Promise.all([perAccountAndAddress.decrement(pairKey), perAccount.decrement(identity)]);
        },
      };
    },
  };
}
