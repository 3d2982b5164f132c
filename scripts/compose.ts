import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { SUBGRAPHS } from './ministries';

const run = promisify(execFile);

/** Printed subgraph SDL files and the supergraph composed from them. */
export interface Composition {
  /** Subgraph name → SDL. */
  subgraphs: Record<string, string>;
  supergraph: string;
}

/** Folder of the committed schema files, relative to the project root. */
export const SCHEMA_DIR = 'schema';

/**
 * Prints every subgraph's SDL (one process each) and composes the
 * supergraph with Apollo's composition library, using each subgraph's
 * default local URL. Throws with every composition error listed.
 */
export async function composeSupergraph(distDir: string): Promise<Composition> {
  const subgraphs: Record<string, string> = {};
  await Promise.all(
    SUBGRAPHS.map(async (entry) => {
      const { stdout } = await run(process.execPath, [
        join(distDir, 'scripts', 'print-sdl.js'),
        entry.name,
      ]);
      subgraphs[entry.name] = stdout;
    }),
  );
  const result = composeServices(
    SUBGRAPHS.map((entry) => ({
      name: entry.name,
      url: `http://127.0.0.1:${entry.port}/graphql`,
      typeDefs: parse(subgraphs[entry.name]),
    })),
  );
  if (result.errors) {
    throw new Error(
      `Composition failed:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`,
    );
  }
  return { subgraphs, supergraph: result.supergraphSdl.trim() + '\n' };
}

/** Writes the subgraph SDL files and the supergraph under `root/schema/`. */
export function writeComposition(root: string, composition: Composition): void {
  for (const [name, sdl] of Object.entries(composition.subgraphs)) {
    writeFileSync(join(root, SCHEMA_DIR, `${name}.graphql`), sdl);
  }
  writeFileSync(
    join(root, SCHEMA_DIR, 'supergraph.graphql'),
    composition.supergraph,
  );
}

/** Lists committed schema files that differ from a fresh composition. */
export function staleFiles(root: string, composition: Composition): string[] {
  const expected: Record<string, string> = {
    'supergraph.graphql': composition.supergraph,
  };
  for (const [name, sdl] of Object.entries(composition.subgraphs))
    expected[`${name}.graphql`] = sdl;
  return Object.entries(expected)
    .filter(([file, text]) => {
      try {
        return readFileSync(join(root, SCHEMA_DIR, file), 'utf8') !== text;
      } catch {
        return true;
      }
    })
    .map(([file]) => file);
}

if (require.main === module) {
  const root = join(__dirname, '..', '..');
  composeSupergraph(join(root, 'dist')).then(
    (composition) => {
      writeComposition(root, composition);
      process.stdout.write(
        `Wrote ${Object.keys(composition.subgraphs).length} subgraph schemas and schema/supergraph.graphql\n`,
      );
    },
    (error: Error) => {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    },
  );
}
