const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Methods that only read: no CSRF check, no write budget, allowed to suspended accounts. */
export function isSafeMethod(method: string): boolean {
  return SAFE_METHODS.has(method);
}
