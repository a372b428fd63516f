// The harness's ceiling for Node: node:http in two cluster workers (as the graphql-js peer runs with --workers 2),
// each reading every POST body to its end and answering `{ __typename }`'s answer, fixed.
//   node bench/ceiling/ceiling.mjs PORT
import cluster from 'node:cluster';
import http from 'node:http';

const port = Number(process.argv[2] ?? 4105);
const answer = Buffer.from('{"data":{"__typename":"Query"}}');
if (cluster.isPrimary) {
  for (let i = 0; i < 2; i++) cluster.fork();
} else {
  http.createServer((request, response) => {
    request.on('data', () => {});
    request.on('end', () => {
      response.writeHead(200, { 'content-type': 'application/graphql-response+json; charset=utf-8', 'content-length': answer.length });
      response.end(answer);
    });
  }).listen(port, '127.0.0.1');
}
