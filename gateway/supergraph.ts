import { readFileSync } from 'node:fs';

/** The committed supergraph and the subgraph URLs the gateway will call. */
export interface Supergraph {
  sdl: string;
  /** Subgraph name (lower case) → URL, after overrides. */
  urls: Record<string, string>;
  subgraphs: { name: string; url: string }[];
}

/**
 * Reads the supergraph file and applies URL overrides. Throws naming the
 * path when the file is missing or lists no subgraphs.
 */
export function readSupergraph(
  path: string,
  overrides: Record<string, string>,
): Supergraph {
  let sdl: string;
  try {
    sdl = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(
      `Cannot read the supergraph at ${path} (${(error as Error).message}): run "npm run compose" or set SUPERGRAPH_PATH.`,
    );
  }
  const subgraphs: { name: string; url: string }[] = [];
  const pattern = /@join__graph\(name:\s*"([^"]+)",\s*url:\s*"([^"]+)"\)/g;
  for (const match of sdl.matchAll(pattern)) {
    subgraphs.push({ name: match[1], url: overrides[match[1]] ?? match[2] });
  }
  if (subgraphs.length === 0) {
    throw new Error(
      `${path} lists no subgraphs (no @join__graph): it is not a supergraph; run "npm run compose".`,
    );
  }
  const urls = Object.fromEntries(subgraphs.map((s) => [s.name, s.url]));
  return { sdl, urls, subgraphs };
}
