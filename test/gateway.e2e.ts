import { createTestDatabase, type TestDatabase } from './support/database';
import {
  postGraphQL,
  startProcess,
  type RunningProcess,
} from './support/processes';

describe('gateway with one ministry offline', () => {
  let database: TestDatabase;
  let planning: RunningProcess;
  let gateway: RunningProcess;
  let gql: string;

  beforeAll(async () => {
    database = await createTestDatabase('gateway_planning');
    planning = await startProcess('planning', 'subgraphs/planning/main.js', {
      DATABASE_URL: database.url,
    });
    // Nothing listens on port 9 (discard): the health subgraph is down.
    gateway = await startProcess('gateway', 'gateway/main.js', {
      PLANNING_URL: `${planning.url}/graphql`,
      HEALTH_URL: 'http://127.0.0.1:9/graphql',
      MAX_QUERY_DEPTH: '6',
    });
    gql = `${gateway.url}/graphql`;
  }, 120_000);

  afterAll(async () => {
    await gateway?.stop();
    await planning?.stop();
    await database?.drop();
  }, 60_000);

  it('answers from planning and names the offline subgraph', async () => {
    const { body } = await postGraphQL(
      gql,
      '{ governorate(code: "IQ-NI") { name healthFacilities { totalCount } } }',
    );

    expect(body.data.governorate.name).toBe('Nineveh');
    expect(body.errors?.[0].message).toMatch(
      /^The health subgraph is unreachable/,
    );
  });

  it('reports the offline subgraph on /health', async () => {
    const response = await fetch(`${gateway.url}/health`);
    const health = (await response.json()) as {
      status: string;
      subgraphs: { name: string; status: string }[];
    };

    expect(response.status).toBe(503);
    expect(health.status).toBe('degraded');
    expect(health.subgraphs.find((s) => s.name === 'health')?.status).toBe(
      'down',
    );
    expect(health.subgraphs.find((s) => s.name === 'planning')?.status).toBe(
      'up',
    );
  });

  it('serves a repeated anonymous query from the cache', async () => {
    const query = '{ governorate(code: "IQ-KA") { code name } }';

    const first = await postGraphQL(gql, query);
    const second = await postGraphQL(gql, query);
    const third = await postGraphQL(gql, query);

    // A response is stored when its request is seen the second time.
    expect(first.headers.get('x-cache')).toBe('MISS');
    expect(second.headers.get('x-cache')).toBe('MISS');
    expect(third.headers.get('x-cache')).toBe('HIT');
    expect(third.body).toEqual(first.body);
    expect(third.headers.get('x-response-cacheable')).toBeNull();
  });

  it('keys the cache by language', async () => {
    const query = '{ governorate(code: "IQ-KI") { name } }';

    const english = await postGraphQL(gql, query);
    const arabic = await postGraphQL(
      gql,
      query,
      {},
      { 'accept-language': 'ar' },
    );

    expect(english.body.data.governorate.name).toBe('Kirkuk');
    expect(arabic.body.data.governorate.name).toBe('كركوك');
    expect(arabic.headers.get('x-cache')).toBe('MISS');
  });

  it('does not cache responses with errors or credentials', async () => {
    const failing = '{ governorate(code: "nowhere") { name } }';
    await postGraphQL(gql, failing);
    const again = await postGraphQL(gql, failing);
    const query = '{ governorate(code: "IQ-NA") { name } }';
    await postGraphQL(gql, query, {}, { authorization: 'Bearer x' });
    const withToken = await postGraphQL(
      gql,
      query,
      {},
      { authorization: 'Bearer x' },
    );

    expect(again.headers.get('x-cache')).toBe('MISS');
    expect(withToken.headers.get('x-cache')).toBeNull();
  });

  it('rejects a query deeper than MAX_QUERY_DEPTH', async () => {
    const { status, body } = await postGraphQL(
      gql,
      '{ governorates { edges { node { districts { edges { node { subDistricts { totalCount } } } } } } } }',
    );

    expect(status).toBe(400);
    expect(body.errors?.[0].extensions?.code).toBe('QUERY_TOO_DEEP');
  });

  it('rejects 500 aliases of a large page as too costly', async () => {
    const aliases = Array.from(
      { length: 500 },
      (_, i) =>
        `a${i}: governorates(first: 100) { edges { node { districts(first: 100) { totalCount } } } }`,
    );

    const { status, body } = await postGraphQL(gql, `{ ${aliases.join(' ')} }`);

    expect(status).toBe(400);
    expect(body.errors?.[0].extensions?.code).toBe('QUERY_TOO_COSTLY');
  });

  it('answers a CORS preflight', async () => {
    const response = await fetch(gql, {
      method: 'OPTIONS',
      headers: { origin: 'https://example.org' },
    });

    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('rejects a body that is not JSON', async () => {
    const response = await fetch(gql, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{nope',
    });
    const body = (await response.json()) as {
      errors: { extensions: { code: string } }[];
    };

    expect(response.status).toBe(400);
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('rejects a body over 1 MB', async () => {
    const response = await fetch(gql, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `{ governorates { totalCount } } #${'x'.repeat(1_100_000)}`,
      }),
    });

    expect(response.status).toBe(413);
  });

  it('serves the explorer assets from the gateway', async () => {
    const page = await fetch(`${gateway.url}/`);
    const script = await fetch(`${gateway.url}/explorer/graphiql.min.js`);

    expect(page.status).toBe(200);
    expect(await page.text()).toContain('/explorer/graphiql.min.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toContain('javascript');
  });

  it('rejects first: 101 even when only totalCount is selected', async () => {
    const { body } = await postGraphQL(
      gql,
      '{ governorates(first: 101) { totalCount } }',
    );

    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
