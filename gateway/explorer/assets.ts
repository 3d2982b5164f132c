import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** A static file served under `/explorer/`. */
interface Asset {
  body: Buffer;
  type: string;
}

const SOURCES: Record<string, { module: string; type: string }> = {
  'graphiql.min.css': {
    module: 'graphiql/graphiql.min.css',
    type: 'text/css; charset=utf-8',
  },
  'graphiql.min.js': {
    module: 'graphiql/graphiql.min.js',
    type: 'text/javascript; charset=utf-8',
  },
  'react.production.min.js': {
    module: 'react/umd/react.production.min.js',
    type: 'text/javascript; charset=utf-8',
  },
  'react-dom.production.min.js': {
    module: 'react-dom/umd/react-dom.production.min.js',
    type: 'text/javascript; charset=utf-8',
  },
};

/**
 * Loads the explorer's assets from installed packages once at boot, so a
 * missing package stops the gateway at start rather than at first visit.
 */
export function loadExplorerAssets(): ReadonlyMap<string, Asset> {
  const assets = new Map<string, Asset>();
  for (const [name, source] of Object.entries(SOURCES)) {
    assets.set(name, {
      body: readFileSync(resolveFile(source.module)),
      type: source.type,
    });
  }
  return assets;
}

/** Resolves `package/path/in/package`, past packages whose "exports" hide their UMD files. */
function resolveFile(spec: string): string {
  const [pkg, ...rest] = spec.split('/');
  return join(dirname(require.resolve(`${pkg}/package.json`)), ...rest);
}
