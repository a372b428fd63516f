import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Two pages: the explorer (index.html, served at / and its routes) and GraphiQL (graphiql.html, served at GET /graphql
// to browsers). Hashed files go to assets/, which the API serves with a long max-age; the pages themselves are no-cache.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    chunkSizeWarningLimit: 5000,
    rollupOptions: {
      input: { index: 'index.html', graphiql: 'graphiql.html' },
    },
  },
  worker: { format: 'es' },
  server: { proxy: { '/graphql': 'http://127.0.0.1:5080' } },
  test: { include: ['src/**/*.test.ts'], environment: 'node' },
});
