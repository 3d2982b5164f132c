import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  HeaderMap,
  type ApolloServer,
  type BaseContext,
  type HTTPGraphQLRequest,
  type HTTPGraphQLResponse,
} from '@apollo/server';

/** Largest request body accepted, in bytes. */
export const MAX_BODY_BYTES = 1_000_000;

/** A complete GraphQL HTTP response, as sent to the client. */
export interface CompleteResponse {
  status: number;
  headers: [string, string][];
  body: string;
}

/**
 * Serves one HTTP request with Apollo Server: reads and parses the body,
 * builds the context and writes the response, streaming multipart bodies.
 * Returns the response when it was complete (not streamed), so callers can
 * cache it. `options.body` is a body the caller already read;
 * `options.hiddenHeaders` are returned but not sent.
 */
export async function handleGraphQL<TContext extends BaseContext>(
  server: ApolloServer<TContext>,
  req: IncomingMessage,
  res: ServerResponse,
  context: () => Promise<TContext>,
  options: { body?: string; hiddenHeaders?: readonly string[] } = {},
): Promise<CompleteResponse | undefined> {
  const text = options.body ?? (await readBody(req));
  if (text === undefined) {
    rejectTooLarge(res);
    return undefined;
  }
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) {
      headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
  }
  let parsedBody: unknown = undefined;
  if (text.length > 0 && headers.get('content-type')?.includes('json')) {
    try {
      parsedBody = JSON.parse(text);
    } catch {
      sendJson(res, 400, {
        errors: [
          {
            message:
              'Request body is not valid JSON: send {"query": "...", "variables": {...}}.',
            extensions: { code: 'BAD_REQUEST' },
          },
        ],
      });
      return undefined;
    }
  }
  const request: HTTPGraphQLRequest = {
    method: (req.method ?? 'GET').toUpperCase(),
    headers,
    search: new URL(req.url ?? '/', 'http://localhost').search,
    body: parsedBody ?? text,
  };
  const response = await server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: request,
    context,
  });
  return writeResponse(res, response, options.hiddenHeaders ?? []);
}

/** Reads the whole body as UTF-8; returns undefined past MAX_BODY_BYTES. */
export async function readBody(
  req: IncomingMessage,
): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Sends 413 with a PAYLOAD_TOO_LARGE error naming the limit, and closes
 * the connection, since the rest of the body is still arriving.
 */
export function rejectTooLarge(res: ServerResponse): void {
  res.req.resume();
  sendJson(
    res,
    413,
    {
      errors: [
        {
          message: `Request body is larger than ${MAX_BODY_BYTES} bytes: send a smaller request.`,
          extensions: { code: 'PAYLOAD_TOO_LARGE' },
        },
      ],
    },
    { connection: 'close' },
  );
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

async function writeResponse(
  res: ServerResponse,
  response: HTTPGraphQLResponse,
  hiddenHeaders: readonly string[],
): Promise<CompleteResponse | undefined> {
  const headers = [...response.headers];
  for (const [key, value] of headers) {
    if (!hiddenHeaders.includes(key)) res.setHeader(key, value);
  }
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return { status: res.statusCode, headers, body: response.body.string };
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
  return undefined;
}
