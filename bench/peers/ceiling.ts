import { createServer } from 'node:http';

/** The fixed response: the shape of a small GraphQL result. */
const BODY = JSON.stringify({
  data: { governorate: { population: [{ year: 2018, total: 8780422 }] } },
});

/**
 * The ceiling peer: a bare node:http server that reads the request body and
 * returns a fixed JSON document, so it measures the HTTP stack and the load
 * generator alone. Listens on 127.0.0.1:`PORT`.
 */
function main(): void {
  const server = createServer((req, res) => {
    req.on('data', () => undefined);
    req.on('end', () => {
      res.writeHead(200, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(BODY),
      });
      res.end(BODY);
    });
  });
  server.keepAliveTimeout = 65_000;
  server.listen(Number(process.env.PORT), '127.0.0.1');
  process.on('SIGTERM', () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}

main();
