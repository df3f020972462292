// A server for the throughput benchmark, in its own process, printing its URL on stdout:
//   node scripts/bench/serve.mjs demo       the demo portal (built server, in-memory database)
//   node scripts/bench/serve.mjs baseline   node:http answering every request with one fixed JSON
//                                           body and ETag (the floor: HTTP with no work at all)
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { startDemo } from '../lib/demo.mjs';

if (process.argv[2] === 'demo') {
  const demo = await startDemo({ port: 0 });
  console.log(demo.url);
} else {
  const body = Buffer.from(process.argv[3] ?? '{}');
  const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
  const server = createServer((request, response) => {
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, { ETag: etag });
      response.end();
      return;
    }
    response.writeHead(200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': body.length,
      ETag: etag,
    });
    response.end(body);
  });
  server.listen(0, '127.0.0.1', () => console.log(`http://127.0.0.1:${server.address().port}`));
}
