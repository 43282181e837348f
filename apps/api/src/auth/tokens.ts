import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';

/**
 * A new secret of 160 random bits, in lowercase base32 (safe in cookies and headers). Sessions and API
 * tokens both use it; only its SHA-256 is ever stored.
 */
export function generateSecret(): string {
  const bytes = new Uint8Array(20);
  crypto.getRandomValues(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}

/** The stored form of a secret: hex SHA-256. A database leak does not give out live sessions or tokens. */
export function hashSecret(secret: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(secret)));
}

/** API tokens carry a prefix so that they are recognisable in logs and secret scanners. */
export const API_TOKEN_PREFIX = 'sy_';
