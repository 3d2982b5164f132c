import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  HeaderMap,
  type ApolloServer,
  type BaseContext,
  type HTTPGraphQLRequest,
} from '@apollo/server';

/** Largest request body accepted, in bytes. */
export const MAX_BODY_BYTES = 1_000_000;

/**
 * Serves one HTTP request with Apollo Server: reads and parses the body,
 * builds the context and writes the response, streaming multipart bodies.
 */
export async function handleGraphQL<TContext extends BaseContext>(
  server: ApolloServer<TContext>,
  req: IncomingMessage,
  res: ServerResponse,
  context: () => Promise<TContext>,
): Promise<void> {
  const body = await readBody(req);
  if (body === undefined) {
    sendJson(res, 413, {
      errors: [
        {
          message: `Request body is larger than ${MAX_BODY_BYTES} bytes: send a smaller query or use variables.`,
          extensions: { code: 'PAYLOAD_TOO_LARGE' },
        },
      ],
    });
    return;
  }
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) {
      headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  let parsedBody: unknown = undefined;
  if (body.length > 0 && headers.get('content-type')?.includes('json')) {
    try {
      parsedBody = JSON.parse(body);
    } catch {
      sendJson(res, 400, {
        errors: [
          {
            message: 'Request body is not valid JSON: send {"query": "...", "variables": {...}}.',
            extensions: { code: 'BAD_REQUEST' },
          },
        ],
      });
      return;
    }
  }
  const request: HTTPGraphQLRequest = {
    method: (req.method ?? 'GET').toUpperCase(),
    headers,
    search: url.search,
    body: parsedBody ?? body,
  };
  const response = await server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: request,
    context,
  });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/** Writes a JSON response with the given status. */
export function sendJson(
  res: ServerResponse,
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(value);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

/** Reads the whole body as UTF-8; returns undefined past MAX_BODY_BYTES. */
async function readBody(req: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
