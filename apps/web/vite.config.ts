import { reactRouter } from '@react-router/dev/vite';
import { defineConfig } from 'vite';

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [reactRouter()],
  // The server build's entry is the page handler the API mounts, not React Router's bare build object.
  build: isSsrBuild ? { rollupOptions: { input: './server/page-handler.ts' } } : undefined,
  // Pre-bundled up front: otherwise Vite discovers it on the first page view and reloads the page.
  optimizeDeps: { include: ['@tanstack/react-query', 'react', 'react-dom', 'react-router'] },
}));
