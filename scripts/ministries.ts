import type { GraphQLSchema } from 'graphql';
import type { MinistryIngestion } from '../subgraphs/kit/ingest/ministry';

/** A subgraph the runner starts and the ingestion command loads. */
export interface SubgraphEntry {
  name: string;
  /** Default port; the gateway's committed supergraph points at it. */
  port: number;
  /** Compiled entry point, relative to the `dist` folder. */
  main: string;
  /** Loads the ministry's ingestion lazily, so one process imports one ministry. */
  ingestion: () => MinistryIngestion;
  /** Builds the subgraph's schema; loaded lazily because type-graphql metadata is per process. */
  buildSchema?: () => Promise<GraphQLSchema>;
}

/**
 * Every subgraph of the national graph. The catalog comes last because its
 * ingestion registers the datasets the others loaded.
 */
export const SUBGRAPHS: readonly SubgraphEntry[] = [
  {
    name: 'planning',
    port: 4001,
    main: 'subgraphs/planning/main.js',
    ingestion: () =>
      require('../subgraphs/planning/ministry').planningIngestion,
    buildSchema: () =>
      require('../subgraphs/planning/schema').buildPlanningSchema(),
  },
  {
    name: 'indicators',
    port: 4006,
    main: 'subgraphs/indicators/main.js',
    ingestion: () =>
      require('../subgraphs/indicators/ministry').indicatorsIngestion,
    buildSchema: () =>
      require('../subgraphs/indicators/schema').buildIndicatorsSchema(),
  },
  {
    name: 'displacement',
    port: 4005,
    main: 'subgraphs/displacement/main.js',
    ingestion: () =>
      require('../subgraphs/displacement/ministry').displacementIngestion,
    buildSchema: () =>
      require('../subgraphs/displacement/schema').buildDisplacementSchema(),
  },
  {
    name: 'health',
    port: 4002,
    main: 'subgraphs/health/main.js',
    ingestion: () => require('../subgraphs/health/ministry').healthIngestion,
    buildSchema: () =>
      require('../subgraphs/health/schema').buildHealthSchema(),
  },
  {
    name: 'education',
    port: 4004,
    main: 'subgraphs/education/main.js',
    ingestion: () =>
      require('../subgraphs/education/ministry').educationIngestion,
    buildSchema: () =>
      require('../subgraphs/education/schema').buildEducationSchema(),
  },
  {
    name: 'catalog',
    port: 4003,
    main: 'subgraphs/catalog/main.js',
    ingestion: () => require('../subgraphs/catalog/ministry').catalogIngestion,
    buildSchema: () =>
      require('../subgraphs/catalog/schema').buildCatalogSchema(),
  },
];

/** Finds a subgraph by name; throws listing the valid names otherwise. */
export function subgraphByName(name: string): SubgraphEntry {
  const entry = SUBGRAPHS.find((s) => s.name === name);
  if (!entry) {
    throw new Error(
      `"${name}" is not a subgraph: use one of ${SUBGRAPHS.map((s) => s.name).join(', ')}.`,
    );
  }
  return entry;
}

/** Environment variable holding a subgraph's database URL, such as `HEALTH_DATABASE_URL`. */
export function databaseVariable(name: string): string {
  return `${name.toUpperCase()}_DATABASE_URL`;
}
