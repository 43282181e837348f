import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.js';
import { ApiContext, createBrowserApi } from './lib/api.js';
import { createQueryClient } from './lib/query-client.js';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html must contain <div id="root">');

createRoot(container).render(
  <StrictMode>
    <ApiContext value={createBrowserApi()}>
      <QueryClientProvider client={createQueryClient()}>
        <App />
      </QueryClientProvider>
    </ApiContext>
  </StrictMode>,
);
