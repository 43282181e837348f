import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, startTransition } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { HydratedRouter } from 'react-router/dom';
import { ApiContext, browserApi } from './lib/api.js';
import { NonceContext } from './lib/nonce.js';
import { browserQueries } from './lib/query-client.js';

const nonce = document.querySelector<HTMLScriptElement>('script[nonce]')?.nonce || undefined;

startTransition(() => {
  hydrateRoot(
    document,
    <StrictMode>
      <NonceContext value={nonce}>
        <ApiContext value={browserApi()}>
          <QueryClientProvider client={browserQueries()}>
            <HydratedRouter />
          </QueryClientProvider>
        </ApiContext>
      </NonceContext>
    </StrictMode>,
  );
});
