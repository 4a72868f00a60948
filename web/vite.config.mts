// The web app's build (`npm run build:web`, also run by `npm install`): web/src into web/dist, which the hub serves
// at `/`. Everything is bundled (no CDN, no remote font).
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No inline scripts or styles: the page runs under a Content-Security-Policy without 'unsafe-inline'.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});
