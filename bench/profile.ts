import { readdirSync, readFileSync, mkdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

/** One function's share of the sampled CPU time. */
export interface ProfileEntry {
  functionName: string;
  /** Script relative to the repository, with the 1-based line. */
  location: string;
  selfMs: number;
  percent: number;
}

interface CpuProfile {
  nodes: {
    id: number;
    hitCount?: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
  }[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Self time of every function of one package (or Node internals, or our code) together. */
export interface PackageShare {
  /** npm package, `node:internal`, `(native)` or a folder of this repository. */
  name: string;
  percent: number;
}

/** Empties (or creates) the folder Node writes `--cpu-prof` files into. */
export function prepareProfileFolder(folder: string): void {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
}

/**
 * Reads the `.cpuprofile` files Node wrote into `folder` and returns the
 * `limit` functions with the most self time, summed over every call site
 * of the same function, leaving out the first `skipUs` microseconds of
 * each profile. NOTE: the profile clock starts when Node starts, a few
 * milliseconds after the harness spawns it, so the cut is that much early.
 * Idle and garbage-collector samples are kept, so percentages are shares of
 * the wall time profiled.
 */
export function topSelfTime(
  folder: string,
  rootDir: string,
  skipUs = 0,
  limit = 12,
): { top: ProfileEntry[]; packages: PackageShare[] } {
  const files = readdirSync(folder).filter((f) => f.endsWith('.cpuprofile'));
  if (files.length === 0) {
    throw new Error(
      `No .cpuprofile in ${folder}: the profiled gateway did not exit cleanly.`,
    );
  }
  const selfUs = new Map<
    string,
    { functionName: string; location: string; us: number }
  >();
  let totalUs = 0;
  for (const file of files) {
    const profile = JSON.parse(
      readFileSync(join(folder, file), 'utf8'),
    ) as CpuProfile;
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    let elapsedUs = 0;
    profile.samples.forEach((nodeId, i) => {
      const node = byId.get(nodeId);
      const delta = profile.timeDeltas[i] ?? 0;
      elapsedUs += delta;
      if (!node || delta < 0 || elapsedUs < skipUs) return;
      totalUs += delta;
      const frame = node.callFrame;
      const location = frame.url
        ? `${shortUrl(frame.url, rootDir)}:${frame.lineNumber + 1}`
        : '(native)';
      const key = `${frame.functionName}@${location}`;
      const entry = selfUs.get(key) ?? {
        functionName: frame.functionName || '(anonymous)',
        location,
        us: 0,
      };
      entry.us += delta;
      selfUs.set(key, entry);
    });
  }
  const entries = [...selfUs.values()].sort((a, b) => b.us - a.us);
  const byPackage = new Map<string, number>();
  for (const entry of entries) {
    const name = packageOf(entry.location);
    byPackage.set(name, (byPackage.get(name) ?? 0) + entry.us);
  }
  return {
    top: entries.slice(0, limit).map((e) => ({
      functionName: e.functionName,
      location: e.location,
      selfMs: e.us / 1000,
      percent: (100 * e.us) / totalUs,
    })),
    packages: [...byPackage.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([name, us]) => ({ name, percent: (100 * us) / totalUs })),
  };
}

/** Package of a shortened location: `@scope/name`, `name`, `node:internal`, `(native)` or a repository folder. */
function packageOf(location: string): string {
  if (location === '(native)') return location;
  if (location.startsWith('node:')) return 'node:internal';
  const parts = location.split('/');
  if (parts[0] === 'dist') return `dist/${parts[1]}`;
  return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
}

function shortUrl(url: string, rootDir: string): string {
  const path = url.startsWith('file://')
    ? decodeURIComponent(new URL(url).pathname)
    : url;
  const inModules = path.lastIndexOf('node_modules/');
  if (inModules >= 0) return path.slice(inModules + 'node_modules/'.length);
  return path.startsWith('/') ? relative(rootDir, path) : path;
}
