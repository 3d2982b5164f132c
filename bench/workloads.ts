import { buildSchema, parse, validate, type GraphQLSchema } from 'graphql';

/** ISO 3166-2:IQ codes of the 18 governorates. */
export const GOVERNORATE_CODES = [
  'IQ-AN',
  'IQ-AR',
  'IQ-BA',
  'IQ-BB',
  'IQ-BG',
  'IQ-DA',
  'IQ-DI',
  'IQ-DQ',
  'IQ-KA',
  'IQ-KI',
  'IQ-MA',
  'IQ-MU',
  'IQ-NA',
  'IQ-NI',
  'IQ-QA',
  'IQ-SD',
  'IQ-SU',
  'IQ-WA',
] as const;

/** A GraphQL query the load generator sends over POST. */
export interface Workload {
  id: string;
  title: string;
  /** Subgraph that owns every field, for the direct peer; none when the query spans subgraphs. */
  owner?: string;
  /** Builds the JSON body of request number `sequence`. */
  body: (sequence: number) => string;
  /** A representative document, checked against the supergraph before the run. */
  sample: string;
  /** Gateway peers to run it against; default every gateway. */
  peers?: readonly string[];
}

const SINGLE =
  'query Population($code: ID!) { governorate(code: $code) { population { year total } } }';
const JOIN =
  'query Join { governorates(first: 18) { edges { node { code name population { total } healthFacilities { totalCount } datasets { totalCount } } } } }';
const FACILITIES =
  'query Facilities { healthFacilities(first: 100) { edges { node { name governorate { name } } } } }';
const CATALOG =
  'query Catalog { datasets(publisher: "planning") { edges { node { title licence { id } } } } }';

/** Every query workload, in the order the table shows them. */
export const WORKLOADS: readonly Workload[] = [
  {
    id: 'single',
    title: 'single-subgraph: governorate population',
    owner: 'planning',
    sample: SINGLE,
    body: (sequence) =>
      JSON.stringify({
        query: SINGLE,
        variables: {
          code: GOVERNORATE_CODES[sequence % GOVERNORATE_CODES.length],
        },
      }),
  },
  {
    id: 'join',
    title: 'cross-ministry join, 18 governorates',
    sample: JOIN,
    body: () => JSON.stringify({ query: JOIN }),
  },
  {
    id: 'facilities',
    title: '100 health facilities with governorate',
    sample: FACILITIES,
    body: () => JSON.stringify({ query: FACILITIES }),
  },
  {
    id: 'catalog',
    title: 'catalog by publisher with licences',
    owner: 'catalog',
    sample: CATALOG,
    body: () => JSON.stringify({ query: CATALOG }),
  },
  {
    id: 'repeated',
    title: 'repeated public query (response cache)',
    sample: SINGLE,
    peers: ['ours', 'ours-uncached'],
    body: () => JSON.stringify({ query: SINGLE, variables: { code: 'IQ-BA' } }),
  },
  {
    id: 'literals',
    title: 'single-subgraph, new literals each request',
    owner: 'planning',
    sample: literalQuery(0),
    body: (sequence) => JSON.stringify({ query: literalQuery(sequence) }),
  },
];

/**
 * Builds a population query with the code and year inlined, so consecutive requests
 * are different documents and miss every parse, validation and query-plan
 * cache. The year runs through 100,000 values, so documents repeat only
 * after 1,800,000 requests.
 */
function literalQuery(sequence: number): string {
  const code = GOVERNORATE_CODES[sequence % GOVERNORATE_CODES.length];
  const year =
    1000 + (Math.floor(sequence / GOVERNORATE_CODES.length) % 100_000);
  return `{ governorate(code: "${code}") { population(year: ${year}) { year total } } }`;
}

/** Finds a workload by id; throws listing the valid ids otherwise. */
export function workloadById(id: string): Workload {
  const workload = WORKLOADS.find((w) => w.id === id);
  if (!workload) {
    throw new Error(
      `"${id}" is not a workload: use one of ${WORKLOADS.map((w) => w.id).join(', ')}.`,
    );
  }
  return workload;
}

/** Builds a schema from the supergraph SDL to check workloads against. */
export function supergraphSchema(sdl: string): GraphQLSchema {
  return buildSchema(sdl, { assumeValidSDL: true });
}

/**
 * Returns why the supergraph cannot serve a workload (its validation
 * errors, joined), or undefined when it can.
 */
export function unsupportedReason(
  schema: GraphQLSchema,
  workload: Workload,
): string | undefined {
  const errors = validate(schema, parse(workload.sample));
  if (errors.length === 0) return undefined;
  return errors.map((e) => e.message).join(' ');
}
