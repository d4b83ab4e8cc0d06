import nextCoreWebVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'

// The layers of lib/, lowest first: a folder imports only from those before it (lib/config stands apart: CommonJS
// for next.config.js, the cache handler and proxy.ts).
const libLayers = ['core', 'auth', 'files', 'articles', 'programme', 'newsletter', 'accounts', 'desk']

const layerZones = libLayers.map((layer, i) => ({
  target: `./lib/${layer}`,
  from: libLayers.slice(i + 1).map((above) => `./lib/${above}`),
  message: `lib/${layer} may import only from lib/${libLayers.slice(0, i).join(', lib/') || 'core'} and below.`,
}))

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    // eslint-config-next registers the import plugin for these files.
    files: ['**/*.{js,jsx,mjs,ts,tsx,mts,cts}'],
    rules: {
      'import/no-cycle': 'error',
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './db', from: ['./lib', './app', './scripts'], message: 'db/ imports nothing from lib/, app/ or scripts/.' },
            { target: './lib', from: './app', message: 'lib/ imports nothing from app/.' },
            ...layerZones,
          ],
        },
      ],
    },
  },
  {
    // The reader's pages prefetch a page when the reader reaches for its link (app/_components/intent-link.tsx).
    files: ['app/**/*.tsx'],
    ignores: ['app/admin/**', 'app/_components/intent-link.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'next/link', message: "Use IntentLink from '@/app/_components/intent-link' on the reader's pages." }] },
      ],
    },
  },
  // next.config.js, the cache handler and what they share are loaded by Node as CommonJS, not bundled.
  { files: ['**/*.cjs', 'next.config.js'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  { ignores: ['.next/**', 'node_modules/**', 'data/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'] },
]

export default config
