import { readdirSync } from 'node:fs';

const shared = ['src/components', 'src/lib'];
// tests/agreement holds the tests that check the two sides agree (the preload script and warm
// start, the outlet key): they alone may import both.
const buildSide = ['plugin', 'build', 'bench', 'tests/e2e'];

/**
 * Who may import whom, for import-x/no-restricted-paths. Paths are resolved first, so a rule
 * holds whether the import is relative, aliased, dynamic or type-only.
 *   shared (components, lib) -> features -> app, and features never import each other, so each
 *   can change or be lazy-loaded on its own (bulletproof-react's layering);
 *   src/ (the browser bundle) and build-side code share only api/, the static API's contract.
 */
export function layerZones() {
  return [
    {
      target: shared,
      from: ['src/features', 'src/app'],
      message: 'Shared code serves features and the app; it never imports them.',
    },
    {
      target: 'src/features',
      from: 'src/app',
      message: 'The app composes features; features never import it.',
    },
    ...featureNames().map((feature) => ({
      target: `src/features/${feature}`,
      from: 'src/features',
      except: [`./${feature}`],
      message: 'Features do not import each other; compose them in src/app.',
    })),
    {
      target: 'src',
      from: buildSide,
      message: 'The browser bundle must not pull in Node code; share types through api/.',
    },
    {
      target: [...buildSide, 'api'],
      from: 'src',
      message: 'Build-side code and the API contract never depend on the React app.',
    },
    {
      target: 'api',
      from: buildSide,
      message:
        'api/ describes the static API on its own; both sides import it, it imports neither.',
    },
  ];
}

function featureNames() {
  return readdirSync(new URL('../src/features', import.meta.url), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
}
