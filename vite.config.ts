import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Relative asset paths, so the build works from any sub-path of any host.
  base: './',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1100,
  },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    sequence: { shuffle: false },
  },
});
