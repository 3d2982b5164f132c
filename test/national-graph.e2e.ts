import { EXAMPLE_QUERIES } from '../gateway/explorer/examples';
import { HEALTH_TOKEN, startPlatform, type Platform } from './support/platform';
import { postGraphQL, runScript } from './support/processes';

const dataDir = process.env.DATA_DIR;
// Skipped without DATA_DIR: these tests load the real source files through every subgraph.
const describeWithData = dataDir ? describe : describe.skip;

describeWithData('national graph end to end', () => {
  let platform: Platform;
  let gql: string;

  beforeAll(async () => {
    platform = await startPlatform(dataDir!);
    gql = `${platform.gatewayUrl}/graphql`;
  }, 240_000);

  afterAll(async () => {
    await platform?.stop();
  }, 60_000);

  it('answers the cross-ministry query for Basra', async () => {
    const { body } = await postGraphQL(
      gql,
      `{ governorate(code: "IQ-BA") {
          name
          population { year total source }
          healthFacilities { totalCount }
          datasets { totalCount edges { node { title licence { id } } } } } }`,
    );

    expect(body.errors).toBeUndefined();
    const basra = body.data.governorate;
    expect(basra.name).toBe('Basra');
    expect(basra.population).toHaveLength(6);
    expect(basra.population[0]).toEqual({
      year: 2024,
      total: 3664168,
      source: expect.stringContaining('Verification script'),
    });
    expect(
      basra.population.find((p: { year: number }) => p.year === 2018).total,
    ).toBe(2908491);
    expect(basra.healthFacilities.totalCount).toBe(83);
    const ids = basra.datasets.edges.map(
      (e: { node: { title: string } }) => e.node.title,
    );
    expect(ids).toContain('Population by governorate and year');
  });

  it('counts 18 governorates and 101 districts', async () => {
    const { body } = await postGraphQL(
      gql,
      '{ governorates { totalCount } districts { totalCount } }',
    );

    expect(body.data).toEqual({
      governorates: { totalCount: 18 },
      districts: { totalCount: 101 },
    });
  });

  it('keeps both Baghdad 2021 figures and flags the disagreement', async () => {
    const { body } = await postGraphQL(
      gql,
      '{ governorate(code: "IQ-BG") { population(year: 2021) { total disagreement } } }',
    );

    const totals = body.data.governorate.population
      .map((p: { total: number }) => p.total)
      .sort();
    expect(totals).toEqual([8780422, 8870422]);
    expect(body.data.governorate.population[0].disagreement).toMatch(
      /Other sources give/,
    );
  });

  it('returns names in the Accept-Language language', async () => {
    const query = '{ governorate(code: "IQ-SU") { name } }';

    const arabic = await postGraphQL(
      gql,
      query,
      {},
      { 'accept-language': 'ar-IQ,en;q=0.5' },
    );
    const kurdish = await postGraphQL(
      gql,
      query,
      {},
      { 'accept-language': 'ckb' },
    );

    expect(arabic.body.data.governorate.name).toBe('السليمانية');
    expect(kurdish.body.data.governorate.name).toBe('سلێمانی');
  });

  it('counts health facilities per governorate', async () => {
    const { body } = await postGraphQL(
      gql,
      `{ ar: governorate(code: "IQ-AR") { healthFacilities { totalCount } }
         bg: governorate(code: "IQ-BG") { healthFacilities { totalCount } }
         hospitals: governorate(code: "IQ-BG") { healthFacilities(kind: HOSPITAL) { totalCount } } }`,
    );

    expect(body.errors).toBeUndefined();
    expect(body.data.ar.healthFacilities.totalCount).toBe(131);
    expect(body.data.bg.healthFacilities.totalCount).toBe(186);
    expect(body.data.hospitals.healthFacilities.totalCount).toBe(135);
  });

  it('lists every loaded dataset with its licence', async () => {
    const { body } = await postGraphQL(
      gql,
      '{ datasets(first: 100) { totalCount edges { node { id licence { id } publisher { id } rowCount } } } }',
    );

    const byId = Object.fromEntries(
      body.data.datasets.edges.map((e: { node: { id: string } }) => [
        e.node.id,
        e.node,
      ]),
    );
    expect(byId['planning.admin-boundaries']).toEqual({
      id: 'planning.admin-boundaries',
      licence: { id: 'CC-BY-3.0-IGO' },
      publisher: { id: 'planning' },
      rowCount: 413,
    });
    expect(byId['planning.population'].rowCount).toBe(89);
    expect(byId['health.healthsites'].licence.id).toBe('ODbL-1.0');
  });

  it('costs the same SQL for 2 governorates as for 18', async () => {
    const codes = [
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
    ];
    const query = `query ($r: [_Any!]!) { _entities(representations: $r) {
      ... on Governorate { healthFacilities { totalCount edges { node { name } } } } } }`;
    const represent = (list: string[]) => ({
      r: list.map((code) => ({ __typename: 'Governorate', code })),
    });

    const two = await postGraphQL(
      platform.subgraphUrls.health,
      query,
      represent(codes.slice(0, 2)),
    );
    const all = await postGraphQL(
      platform.subgraphUrls.health,
      query,
      represent(codes),
    );

    expect(all.body.errors).toBeUndefined();
    expect(all.body.data._entities).toHaveLength(18);
    expect(Number(two.headers.get('x-sql-queries'))).toBe(1);
    expect(Number(all.headers.get('x-sql-queries'))).toBe(1);
  });

  it('runs every explorer example without errors', async () => {
    for (const example of EXAMPLE_QUERIES) {
      const { body } = await postGraphQL(
        gql,
        example.query,
        example.variables ?? {},
      );

      expect({ title: example.title, errors: body.errors }).toEqual({
        title: example.title,
        errors: undefined,
      });
    }
  });

  it('reports every subgraph up on /health', async () => {
    const response = await fetch(`${platform.gatewayUrl}/health`);
    const health = (await response.json()) as {
      status: string;
      subgraphs: { status: string }[];
    };

    expect(response.status).toBe(200);
    expect(health.status).toBe('ok');
    expect(health.subgraphs.every((s) => s.status === 'up')).toBe(true);
  });

  it('rejects a malformed governorate code with BAD_USER_INPUT', async () => {
    const { body } = await postGraphQL(
      gql,
      '{ governorate(code: "Basra") { name } }',
    );

    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers displacement figures per governorate', async () => {
    const { body } = await postGraphQL(
      gql,
      `{ ni: governorate(code: "IQ-NI") { displacement { idpIndividuals returneeIndividuals asOf } }
         da: governorate(code: "IQ-DA") { camps(kind: FORMAL) { totalCount } displacement { idpIndividuals } } }`,
    );

    expect(body.errors).toBeUndefined();
    expect(body.data.ni.displacement).toEqual({
      idpIndividuals: 453168,
      returneeIndividuals: 1696386,
      asOf: '2019-08-31',
    });
    expect(body.data.da.camps.totalCount).toBe(11);
    expect(body.data.da.displacement.idpIndividuals).toBe(323148);
  });

  it('reports no unmatched district spellings', async () => {
    const { body } = await postGraphQL(
      gql,
      '{ displacementMatchSummary { datasetId matched byAlias unmatched } }',
    );

    const idp = body.data.displacementMatchSummary.find(
      (s: { datasetId: string }) =>
        s.datasetId === 'displacement.idp-locations',
    );
    expect(idp).toEqual({
      datasetId: 'displacement.idp-locations',
      matched: 106,
      byAlias: 27,
      unmatched: 0,
    });
  });

  it('returns WDI and CBI values', async () => {
    const { body } = await postGraphQL(
      gql,
      `{ pop: indicator(code: "SP.POP.TOTL") { y2020: value(year: 2020) y2025: value(year: 2025) }
         reserves: indicator(code: "CBI.FOREIGN_RESERVES.USD_BN") { name(lang: AR) value(year: 2024) } }`,
    );

    expect(body.data.pop).toEqual({ y2020: 42116605, y2025: null });
    expect(body.data.reserves).toEqual({
      name: 'الاحتياطيات الأجنبية (مليار دولار)',
      value: 100.26692307692308,
    });
  });

  it('says "no data" for schools in a governorate no source covers', async () => {
    const { body } = await postGraphQL(
      gql,
      `{ ar: governorate(code: "IQ-AR") { schools { totalCount } }
         ba: governorate(code: "IQ-BA") { name schoolCoverage { covered } schools { totalCount } } }`,
    );

    expect(body.data.ar.schools.totalCount).toBe(306);
    expect(body.data.ba).toEqual({
      name: 'Basra',
      schoolCoverage: { covered: false },
      schools: null,
    });
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['NO_DATA']);
  });

  it('lets a ministry publish its own catalog entry through the gateway', async () => {
    const mutation = `mutation ($input: DatasetInput!) { publishDataset(input: $input) { id publisher { id } } }`;
    const input = {
      id: 'health.vaccination-sites',
      titleEn: 'Vaccination sites',
      titleAr: 'مواقع التلقيح',
      descriptionEn: 'Sites where vaccines are given.',
      descriptionAr: 'المواقع التي تعطى فيها اللقاحات.',
      licenceId: 'CC-BY-4.0',
      licenceTitle: 'Creative Commons Attribution 4.0',
      licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
      sourceTitle: 'Vaccination register',
      sourceUrl: 'https://moh.gov.iq/',
      sourcePublisher: 'Ministry of Health',
      theme: 'HEAL',
      modified: '2026-11-30',
      rowCount: 40,
      spatialCoverage: ['IQ-BG'],
    };

    const anonymous = await postGraphQL(gql, mutation, { input });
    const health = await postGraphQL(
      gql,
      mutation,
      { input },
      { authorization: `Bearer ${HEALTH_TOKEN}` },
    );

    expect(anonymous.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(health.body.data.publishDataset).toEqual({
      id: 'health.vaccination-sites',
      publisher: { id: 'health' },
    });
  });

  it('changes nothing when the ingestion runs again', async () => {
    const output = await runScript(
      'scripts/ingest.js',
      ['--data-dir', dataDir!],
      {
        ...platform.ingestEnv,
        LOG_LEVEL: 'info',
      },
    );

    const ready = output
      .split('\n')
      .filter((line) => line.includes('"dataset ready"'))
      .map(
        (line) => JSON.parse(line) as { dataset: string; unchanged: boolean },
      );
    expect(ready.length).toBe(11);
    expect(ready.filter((r) => !r.unchanged)).toEqual([]);
  }, 120_000);

  it('names the ministries and datasets behind a response', async () => {
    const query =
      '{ governorate(code: "IQ-BA") { name healthFacilities { totalCount } } }';

    const plain = await postGraphQL(gql, query);
    const { body } = await postGraphQL(gql, query, {}, { 'x-provenance': '1' });

    expect(plain.body.extensions).toBeUndefined();
    const provenance = (
      body as {
        extensions: {
          provenance: {
            subgraph: string;
            datasets: {
              id: string;
              licence: { id: string };
              modified: string;
              loadedAt: string | null;
            }[];
          }[];
        };
      }
    ).extensions.provenance;
    expect(provenance.map((p) => p.subgraph)).toEqual(['health', 'planning']);
    const population = provenance[1].datasets.find(
      (d) => d.id === 'planning.population',
    );
    expect(population?.licence.id).toBe('public-statistics');
    expect(population?.modified).toBe('2025-11-26');
    expect(population?.loadedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(provenance[0].datasets.map((d) => d.licence.id)).toEqual([
      'ODbL-1.0',
      'CDLA-Permissive-2.0',
    ]);
  });

  it('counts the same with and without edges selected', async () => {
    const countOnly = await postGraphQL(
      gql,
      '{ governorates(first: 18) { edges { node { code healthFacilities { totalCount } districts { totalCount } } } } }',
    );
    const withEdges = await postGraphQL(
      gql,
      '{ governorates(first: 18) { edges { node { code healthFacilities { totalCount edges { cursor } } districts { totalCount edges { cursor } } } } } }',
    );

    type Node = {
      code: string;
      healthFacilities: { totalCount: number };
      districts: { totalCount: number };
    };
    const totals = (body: {
      data?: { governorates: { edges: { node: Node }[] } };
    }) =>
      body.data!.governorates.edges.map(({ node }) => [
        node.code,
        node.healthFacilities.totalCount,
        node.districts.totalCount,
      ]);
    expect(totals(countOnly.body)).toEqual(totals(withEdges.body));
    expect(
      totals(countOnly.body).reduce(
        (sum, [, facilities]) => sum + (facilities as number),
        0,
      ),
    ).toBe(1105);
    expect(
      totals(countOnly.body).reduce(
        (sum, [, , districts]) => sum + (districts as number),
        0,
      ),
    ).toBe(101);
  });
});
