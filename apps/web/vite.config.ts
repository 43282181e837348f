import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development Vite serves the page and forwards /api and the tools' /logos to the API process, so the
// browser still talks to one origin as it does in production (where the API serves the built files itself).
const apiOrigin = process.env.STACKYARD_API_ORIGIN ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
  server: {
    proxy: {
      '/api': { target: apiOrigin, changeOrigin: true },
      '/logos': { target: apiOrigin, changeOrigin: true },
    },
  },
});
