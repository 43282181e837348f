import { hash, verify, type Options } from '@node-rs/argon2';

/** OWASP's recommended Argon2id parameters: 19 MiB of memory, 2 iterations, 1 lane. */
const ARGON2ID = 2; // Algorithm.Argon2id (a const enum, which isolated modules cannot read)
const options: Options = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

// Verified against when the account does not exist, so that a wrong username costs what a wrong password does.
const dummyHash = hash('a password nobody has', options);

/** Whether the password matches; with no stored hash it still does the work, then says no. */
export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  if (!storedHash) {
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(storedHash, password).catch(() => false);
}
