/**
 * Example 4: a static web page that checks a project in the browser.
 * Bundles `app.ts` with esbuild and copies the page, its styles and the
 * example projects into `dist/`; with `--serve`, serves them too.
 *
 * ```sh
 * npx tsx examples/04-web-page/build.ts --serve   # then open http://localhost:8080
 * npx tsx examples/04-web-page/build.ts           # build only
 * ```
 *
 * @module
 */
import { copyFile, mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as esbuild from 'esbuild';

const here = fileURLToPath(new URL('.', import.meta.url));
const projectsDir = fileURLToPath(new URL('../projects/', import.meta.url));

/** Where `npx tsx examples/04-web-page/build.ts` writes the page. */
export const DEFAULT_OUT_DIR = join(here, 'dist');

// #region bundle
/**
 * Builds the page into `outDir`: `app.js` (the script with coproduce and its
 * dependencies, minified), `index.html`, `style.css` and `projects/*.json`.
 * Resolves to the size of `app.js` in bytes.
 */
export async function buildWebPage(outDir: string = DEFAULT_OUT_DIR): Promise<number> {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(join(outDir, 'projects'), { recursive: true });
  await esbuild.build({
    entryPoints: [join(here, 'app.ts')],
    outfile: join(outDir, 'app.js'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2022'],
    minify: true,
    sourcemap: true,
    logLevel: 'warning',
  });
  // #endregion bundle
  await copyFile(join(here, 'index.html'), join(outDir, 'index.html'));
  await copyFile(join(here, 'style.css'), join(outDir, 'style.css'));
  for (const file of await readdir(projectsDir)) {
    if (file.endsWith('.json'))
      await copyFile(join(projectsDir, file), join(outDir, 'projects', file));
  }
  return (await stat(join(outDir, 'app.js'))).size;
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Serves the files in `dir` on localhost (port 0 picks a free one). Only
 * files inside `dir` with a known type are served.
 */
export function serveStatic(dir: string, port = 0): Promise<Server> {
  const root = resolve(dir);
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    const type = TYPES[extname(file)];
    if (!file.startsWith(root + sep) || !type) {
      response.writeHead(404).end('Not found');
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
    } catch {
      response.writeHead(404).end('Not found');
    }
  });
  return new Promise((resolveServer, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolveServer(server));
  });
}

function isMain(): boolean {
  return (
    process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)
  );
}

if (isMain()) {
  const { values } = parseArgs({
    options: {
      serve: { type: 'boolean', default: false },
      port: { type: 'string', default: '8080' },
    },
  });
  const bytes = await buildWebPage();
  console.log(`Built ${DEFAULT_OUT_DIR} (app.js: ${(bytes / 1024).toFixed(0)} KiB minified)`);
  if (values.serve) {
    const server = await serveStatic(DEFAULT_OUT_DIR, Number(values.port));
    const { port } = server.address() as AddressInfo;
    console.log(`Serving on http://localhost:${port}/ — press Ctrl+C to stop.`);
  } else {
    console.log('Serve it with --serve, or from any static web server.');
  }
}
