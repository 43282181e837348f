import type { Config } from '@react-router/dev/config';

// The site renders on the server (every public page arrives with its data) and hydrates in the browser.
// Routes are listed in src/routes.ts; the built server entry (dist/server/index.js) is loaded by the API.
export default {
  appDirectory: 'src',
  buildDirectory: 'dist',
  ssr: true,
  future: {
    // Each route's clientLoader and component load as separate chunks: a page downloads only what it runs.
    v8_splitRouteModules: true,
    // Left off: with a CSP nonce it breaks hydration in development.
    v8_viteEnvironmentApi: false,
    v8_middleware: false,
    v8_passThroughRequests: false,
    v8_trailingSlashAwareDataRequests: false,
  },
} satisfies Config;
