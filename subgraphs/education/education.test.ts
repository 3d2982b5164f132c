import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import {
  createTestDatabase,
  type TestDatabase,
} from '../../test/support/database';
import { executeCounted } from '../../test/support/graphql';
import { openDataSource } from '../kit/db/data-source';
import { Language } from '../kit/graphql/language';
import { GOVERNORATES } from '../kit/iraq/governorates';
import { createLogger } from '../kit/logger';
import { createEducationLoaders } from './loaders';
import { educationIngestion } from './ministry';
import { buildEducationSchema } from './schema';

const dataDir = process.env.DATA_DIR;
// Skipped without DATA_DIR: these tests read the real source files.
const describeWithData = dataDir ? describe : describe.skip;

const GOVERNORATE_SCHOOLS = `query($r: [_Any!]!, $level: SchoolLevel) {
  _entities(representations: $r) {
    ... on Governorate {
      code
      schools(level: $level, first: 2) { totalCount edges { node { id } } }
      schoolCoverage { covered datasets note }
    }
  }
}`;

const SCHOOL_NAMES = `query($r: [_Any!]!) {
  _entities(representations: $r) {
    ... on School {
      id name en: name(lang: EN) ar: name(lang: AR) ckb: name(lang: CKB)
      names { en ar ckb }
    }
  }
}`;

type Entity = Record<string, unknown>;

describeWithData('education graph', () => {
  const logger = createLogger('test', 'silent');
  let database: TestDatabase;
  let dataSource: DataSource;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    database = await createTestDatabase('education_graph');
    dataSource = await openDataSource({
      name: 'education',
      databaseUrl: database.url,
      dataFolder: '',
      entities: [],
      migrations: educationIngestion.migrations,
      logger,
    });
    await educationIngestion.ingest(
      dataSource,
      { dataDir: dataDir as string, published: [] },
      logger,
    );
    schema = await buildEducationSchema();
  }, 120_000);

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  function run(
    query: string,
    variables: Record<string, unknown> = {},
    language = Language.EN,
  ) {
    return executeCounted(
      schema,
      dataSource,
      createEducationLoaders,
      query,
      variables,
      language,
    );
  }

  function governorates(codes: string[]) {
    return codes.map((code) => ({ __typename: 'Governorate', code }));
  }

  async function schoolNames(id: string, language = Language.EN) {
    const result = await run(
      SCHOOL_NAMES,
      { r: [{ __typename: 'School', id }] },
      language,
    );
    expect(result.errors).toBeUndefined();
    return (result.data?._entities as Entity[])[0];
  }

  test('Erbil has 306 schools', async () => {
    const result = await run(GOVERNORATE_SCHOOLS, {
      r: governorates(['IQ-AR']),
    });
    expect(result.errors).toBeUndefined();
    const [erbil] = result.data?._entities as Entity[];
    expect(erbil.schools).toEqual({
      totalCount: 306,
      edges: [
        { node: { id: 'osm:node/2119364992' } },
        { node: { id: 'osm:node/2384639445' } },
      ],
    });
    expect(erbil.schoolCoverage).toEqual({
      covered: true,
      datasets: ['education.osm-schools-erbil'],
      note: 'School records exist for 1 district of Erbil (IQ-AR): IQG11Q02. Districts without records have no school data.',
    });
  });

  test('Sulaymaniyah has 168 schools', async () => {
    const result = await run(GOVERNORATE_SCHOOLS, {
      r: governorates(['IQ-SU']),
    });
    expect(result.errors).toBeUndefined();
    const [sulaymaniyah] = result.data?._entities as {
      schools: { totalCount: number };
    }[];
    expect(sulaymaniyah.schools.totalCount).toBe(168);
  });

  test.each([
    ['PRESCHOOL', 12],
    ['PRIMARY', 7],
    ['SECONDARY', 17],
    ['TERTIARY', 73],
    ['OTHER', 59],
  ])('Sulaymaniyah has %s count %i', async (level, count) => {
    const result = await run(GOVERNORATE_SCHOOLS, {
      r: governorates(['IQ-SU']),
      level,
    });
    expect(result.errors).toBeUndefined();
    const [sulaymaniyah] = result.data?._entities as {
      schools: { totalCount: number };
    }[];
    expect(sulaymaniyah.schools.totalCount).toBe(count);
  });

  test('Basra schools are null with NO_DATA', async () => {
    const result = await run(GOVERNORATE_SCHOOLS, {
      r: governorates(['IQ-BA']),
    });
    const [basra] = result.data?._entities as Entity[];
    expect(basra.schools).toBeNull();
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0].extensions?.code).toBe('NO_DATA');
    expect(result.errors?.[0].message).toContain('Basra (IQ-BA)');
    expect(result.errors?.[0].message).toContain('Erbil (IQ-AR)');
    expect(result.errors?.[0].message).toContain('Sulaymaniyah (IQ-SU)');
    expect(basra.schoolCoverage).toEqual({
      covered: false,
      datasets: [],
      note: 'No education dataset covers Basra (IQ-BA). Covered governorates: Erbil (IQ-AR), Sulaymaniyah (IQ-SU).',
    });
  });

  test('schools cost the same SQL for 2 or 18 governorates', async () => {
    const two = await run(GOVERNORATE_SCHOOLS, {
      r: governorates(['IQ-AR', 'IQ-SU']),
    });
    const all = await run(GOVERNORATE_SCHOOLS, {
      r: governorates(GOVERNORATES.map((g) => g.code)),
    });
    expect(two.errors).toBeUndefined();
    expect(all.data?._entities).toHaveLength(18);
    expect(all.errors).toHaveLength(16);
    expect(all.queries).toBe(two.queries);
    expect(all.queries).toBe(2);
  });

  test('school names in three languages', async () => {
    expect(await schoolNames('osm:node/3957516984')).toEqual({
      id: 'osm:node/3957516984',
      name: 'Besarani Preparatory school (Boys)',
      en: 'Besarani Preparatory school (Boys)',
      ar: 'مدرسة الٳعدادیة بیسارانی',
      ckb: 'ئامادەیی بێسارانی كوڕان',
      names: {
        en: 'Besarani Preparatory school (Boys)',
        ar: 'مدرسة الٳعدادیة بیسارانی',
        ckb: 'ئامادەیی بێسارانی كوڕان',
      },
    });
  });

  test('name follows the request language', async () => {
    const besarani = await schoolNames('osm:node/3957516984', Language.CKB);
    expect(besarani.name).toBe('ئامادەیی بێسارانی كوڕان');
  });

  test('Sorani name falls back to Arabic, then English', async () => {
    expect((await schoolNames('osm:node/4371586317')).ckb).toBe(
      'أماده یی وه ستا ره جب(اعدادیة وستا رجب للسيارات)',
    );
    expect((await schoolNames('osm:node/4293157490')).ckb).toBe(
      'British International School',
    );
  });

  test('English name falls back to Sorani', async () => {
    expect((await schoolNames('osm:node/3957516986')).en).toBe('یاریگای لاوان');
  });

  test('untranslated names fall back to the source name', async () => {
    const unnamed = await schoolNames('osm:node/3409052819');
    expect([unnamed.en, unnamed.ar, unnamed.ckb]).toEqual([
      'OSM node/3409052819',
      'OSM node/3409052819',
      'OSM node/3409052819',
    ]);
    const cihan = await schoolNames(
      'overture:2e04a39b-aada-4575-90e4-81471635d043',
    );
    expect(cihan.ckb).toBe(
      'Cihan university/sulaimaniyah زانکۆی جیهان/سلێمانی',
    );
    expect(cihan.names).toEqual({ en: null, ar: null, ckb: null });
  });
});
