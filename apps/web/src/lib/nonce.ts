import { createContext, use } from 'react';

/**
 * The Content-Security-Policy nonce of this page's inline scripts. The server puts the one the API chose
 * for the response here; the browser reads it back from a script the server rendered (the property keeps
 * it, the attribute is emptied), so the hydrated tree matches the HTML.
 */
export const NonceContext = createContext<string | undefined>(undefined);

export function useNonce(): string | undefined {
  return use(NonceContext);
}
