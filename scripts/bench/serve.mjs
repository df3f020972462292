// A server for the throughput benchmark, in its own process, printing its URL on stdout:
//   node scripts/bench/serve.mjs demo            the demo portal (built server, in-memory database)
//   node scripts/bench/serve.mjs baseline FILE   node:http answering each request target listed in
//                                                FILE (JSON: target → { body, etag }) with those exact
//                                                bytes and ETag, or 304 when If-None-Match names it
//                                                (the floor: HTTP with no work at all)
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { startDemo } from '../lib/demo.mjs';

if (process.argv[2] === 'demo') {
  const demo = await startDemo({ port: 0 });
  console.log(demo.url);
} else {
  const table = JSON.parse(readFileSync(process.argv[3], 'utf8'));
  const answers = new Map(
    Object.entries(table).map(([target, { body, etag }]) => [
      target,
      { body: Buffer.from(body), etag },
    ]),
  );
  const server = createServer((request, response) => {
    const answer = answers.get(request.url);
    if (!answer) {
      response.writeHead(404, { 'Content-Length': 0 });
      response.end();
      return;
    }
    if (request.headers['if-none-match'] === answer.etag) {
      response.writeHead(304, { ETag: answer.etag });
      response.end();
      return;
    }
    response.writeHead(200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': answer.body.length,
      ETag: answer.etag,
    });
    response.end(answer.body);
  });
  server.listen(0, '127.0.0.1', () => console.log(`http://127.0.0.1:${server.address().port}`));
}
