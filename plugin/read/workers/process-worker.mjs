// Worker entry: registers tsx so the TypeScript worker runs the same way under `vite build`
// (whose bundled config keeps each module's import.meta.url), vitest and tsx.
import { register } from 'tsx/esm/api';

register();
await import('./process-worker.ts');
