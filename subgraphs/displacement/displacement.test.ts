import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import {
  createTestDatabase,
  type TestDatabase,
} from '../../test/support/database';
import { executeCounted } from '../../test/support/graphql';
import { openDataSource } from '../kit/db/data-source';
import { GOVERNORATES } from '../kit/iraq/governorates';
import { createLogger } from '../kit/logger';
import { createDisplacementLoaders } from './loaders';
import { displacementIngestion } from './ministry';
import { buildDisplacementSchema } from './schema';

const dataDir = process.env.DATA_DIR;
// Skipped without DATA_DIR: these tests read the real source files.
const describeWithData = dataDir ? describe : describe.skip;

const FIGURES = `query($r: [_Any!]!) {
  _entities(representations: $r) {
    ... on Governorate { code displacement { idpIndividuals idpFamilies idpLocations returneeIndividuals returneeLocations camps campIndividuals asOf } }
  }
}`;

type Figures = Record<string, number | string | null>;

describeWithData('displacement graph', () => {
  const logger = createLogger('test', 'silent');
  let database: TestDatabase;
  let dataSource: DataSource;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    database = await createTestDatabase('displacement_graph');
    dataSource = await openDataSource({
      name: 'displacement',
      databaseUrl: database.url,
      dataFolder: '',
      entities: [],
      migrations: displacementIngestion.migrations,
      logger,
    });
    await displacementIngestion.ingest(
      dataSource,
      { dataDir: dataDir as string, published: [] },
      logger,
    );
    schema = await buildDisplacementSchema();
  }, 120_000);

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  function run(query: string, variables: Record<string, unknown> = {}) {
    return executeCounted(
      schema,
      dataSource,
      createDisplacementLoaders,
      query,
      variables,
    );
  }

  async function figuresOf(codes: string[]): Promise<Map<string, Figures>> {
    const result = await run(FIGURES, {
      r: codes.map((code) => ({ __typename: 'Governorate', code })),
    });
    expect(result.errors).toBeUndefined();
    const entities = result.data?._entities as {
      code: string;
      displacement: Figures;
    }[];
    return new Map(entities.map((e) => [e.code, e.displacement]));
  }

  test('Nineveh has 453,168 IDPs', async () => {
    expect((await figuresOf(['IQ-NI'])).get('IQ-NI')?.idpIndividuals).toBe(
      453168,
    );
  });

  test('Duhok has 323,148 IDPs in 170 locations', async () => {
    const duhok = (await figuresOf(['IQ-DA'])).get('IQ-DA');
    expect(duhok?.idpIndividuals).toBe(323148);
    expect(duhok?.idpFamilies).toBe(53858);
    expect(duhok?.idpLocations).toBe(170);
  });

  test('Nineveh has 1,696,386 returnees in 678 locations', async () => {
    const nineveh = (await figuresOf(['IQ-NI'])).get('IQ-NI');
    expect(nineveh?.returneeIndividuals).toBe(1696386);
    expect(nineveh?.returneeLocations).toBe(678);
  });

  test('figures carry the DTM date', async () => {
    expect((await figuresOf(['IQ-NI'])).get('IQ-NI')?.asOf).toBe('2019-08-31');
  });

  test('Duhok camps exclude Mamilian', async () => {
    const duhok = (await figuresOf(['IQ-DA'])).get('IQ-DA');
    expect(duhok?.camps).toBe(11);
    expect(duhok?.campIndividuals).toBe(135399);
  });

  test('Muthanna has no camp count', async () => {
    const muthanna = (await figuresOf(['IQ-MU'])).get('IQ-MU');
    expect(muthanna?.camps).toBe(0);
    expect(muthanna?.campIndividuals).toBeNull();
  });

  test('figures cost the same SQL for 2 or 18 governorates', async () => {
    const two = await run(FIGURES, {
      r: ['IQ-NI', 'IQ-DA'].map((code) => ({
        __typename: 'Governorate',
        code,
      })),
    });
    const all = await run(FIGURES, {
      r: GOVERNORATES.map((g) => ({ __typename: 'Governorate', code: g.code })),
    });
    expect(all.errors).toBeUndefined();
    expect((all.data?._entities as unknown[]).length).toBe(18);
    expect(all.queries).toBe(two.queries);
    expect(all.queries).toBe(1);
  });

  test('governorate lists 11 formal camps in Duhok', async () => {
    const result = await run(
      `query($r: [_Any!]!) {
      _entities(representations: $r) {
        ... on Governorate { camps(kind: FORMAL, first: 1) { totalCount edges { node { id name nameReach kind } } } }
      }
    }`,
      { r: [{ __typename: 'Governorate', code: 'IQ-DA' }] },
    );
    expect(result.errors).toBeUndefined();
    const [duhok] = result.data?._entities as {
      camps: { totalCount: number; edges: unknown[] };
    }[];
    expect(duhok.camps.totalCount).toBe(11);
    expect(duhok.camps.edges).toEqual([
      {
        node: {
          id: 'formal-48',
          name: 'Bajet Kandala',
          nameReach: 'Bajed Kandala',
          kind: 'FORMAL',
        },
      },
    ]);
  });

  test('district Sumail has 6 formal camps', async () => {
    const result = await run(
      `query($r: [_Any!]!) {
      _entities(representations: $r) {
        ... on District { camps(kind: FORMAL) { totalCount } displacement { camps } }
      }
    }`,
      { r: [{ __typename: 'District', pcode: 'IQG09Q03' }] },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      { camps: { totalCount: 6 }, displacement: { camps: 6 } },
    ]);
  });

  test('camps query filters by governorate and kind', async () => {
    const result = await run(
      `{ camps(governorateCode: "iq-da", kind: FORMAL, first: 0) { totalCount } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.camps).toEqual({ totalCount: 11 });
  });

  test('camps query rejects an unknown governorate', async () => {
    const result = await run(
      `{ camps(governorateCode: "IQ-XX") { totalCount } }`,
    );
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toContain('"IQ-XX"');
  });

  test('IDP location keeps source names and references', async () => {
    const result = await run(
      `query($r: [_Any!]!) {
      _entities(representations: $r) {
        ... on Governorate { idpLocations(first: 1) { totalCount edges { node {
          locationId name ar: name(lang: AR) sourceGovernorate sourceDistrict
          families individuals matchMethod governorate { code } district { pcode }
        } } } }
      }
    }`,
      { r: [{ __typename: 'Governorate', code: 'IQ-DA' }] },
    );
    expect(result.errors).toBeUndefined();
    const [duhok] = result.data?._entities as {
      idpLocations: { totalCount: number; edges: { node: unknown }[] };
    }[];
    expect(duhok.idpLocations.totalCount).toBe(170);
    expect(duhok.idpLocations.edges[0].node).toEqual({
      locationId: '1101001',
      name: 'Amedi',
      ar: 'عمادية',
      sourceGovernorate: 'Dahuk',
      sourceDistrict: 'Amedi',
      families: 12,
      individuals: 72,
      matchMethod: 'ALIAS',
      governorate: { code: 'IQ-DA' },
      district: { pcode: 'IQG09Q01' },
    });
  });

  test('match report leaves no spelling unmatched', async () => {
    const result = await run(
      '{ displacementMatchReport(method: UNMATCHED) { sourceDistrict } }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.displacementMatchReport).toEqual([]);
  });

  test('match report lists 27 IDP aliases', async () => {
    const result =
      await run(`{ displacementMatchReport(datasetId: "displacement.idp-locations", method: ALIAS) {
      sourceGovernorate sourceDistrict rows pcode
    } }`);
    expect(result.errors).toBeUndefined();
    const entries = result.data?.displacementMatchReport as {
      sourceDistrict: string;
      rows: number;
      pcode: string;
    }[];
    expect(entries).toHaveLength(27);
    expect(entries.reduce((sum, e) => sum + e.rows, 0)).toBe(841);
    expect(entries.find((e) => e.sourceDistrict === 'Amedi')?.pcode).toBe(
      'IQG09Q01',
    );
  });

  test('match summary totals the IDP file', async () => {
    const result =
      await run(`{ displacementMatchSummary(datasetId: "displacement.idp-locations") {
      file matched byAlias unmatched rows unmatchedRows
    } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.displacementMatchSummary).toEqual([
      {
        file: 'iom_dtm_iraq_idp_master_list_2019-08-31.csv',
        matched: 106,
        byAlias: 27,
        unmatched: 0,
        rows: 3106,
        unmatchedRows: 0,
      },
    ]);
  });

  test('match report rejects an unknown dataset', async () => {
    const result = await run(
      '{ displacementMatchReport(datasetId: "planning.population") { rows } }',
    );
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toContain('"planning.population"');
  });
});
