/**
 * Serves a production build the way a static host does (see `support/staticServer.ts`): the browser tests'
 * server. Unlike `astro preview`, several can run at once for one project, each on its own build folder.
 *
 *   node scripts/serve.ts [--dist dist] [--port 4399]
 *
 * Environment: BASE_PATH (as for the build).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { serveStatic } from './support/staticServer.ts';

const { values } = parseArgs({ options: { dist: { type: 'string' }, port: { type: 'string' } } });
const dist = path.resolve(values.dist ?? 'dist');
const base = `/${(process.env['BASE_PATH'] ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const port = Number(values.port ?? 4399);
await serveStatic(dist, base, port);
console.log(`Serving ${path.relative(process.cwd(), dist) || '.'} at http://127.0.0.1:${port}${base}`);
