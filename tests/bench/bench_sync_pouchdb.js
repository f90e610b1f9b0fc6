// PouchDB baseline for bench_sync: an express-pouchdb server holding the same records, and a
// fresh local PouchDB replicating them from it over loopback HTTP. Prints pouchdb_replicate_ms=.
// Run by bench_sync with NODE_PATH pointing at a scratch folder where bench_sync.sh installed
// pouchdb and express-pouchdb.
const fs = require('fs');
const path = require('path');
const os = require('os');
const PouchDB = require('pouchdb');
const expressPouchDB = require('express-pouchdb');

async function main() {
  const docs = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-pouch-'));
  const ServerDB = PouchDB.defaults({ prefix: path.join(dir, 'server-') });
  // express-pouchdb is an express 4 app of its own: listen on it directly.
  const app = expressPouchDB(ServerDB, { inMemoryConfig: true, logPath: path.join(dir, 'log.txt') });
  const server = app.listen(0, '127.0.0.1');
  await new Promise(resolve => server.on('listening', resolve));
  const remoteUrl = `http://127.0.0.1:${server.address().port}/records`;
  const seed = new ServerDB('records');
  for (let i = 0; i < docs.length; i += 1000)
    await seed.bulkDocs(docs.slice(i, i + 1000));
  const local = new PouchDB(path.join(dir, 'device'));
  const started = process.hrtime.bigint();
  const result = await local.replicate.from(remoteUrl, { batch_size: 1000 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const info = await local.info();
  console.log(`pouchdb_replicate_ms=${ms.toFixed(0)} docs=${info.doc_count} written=${result.docs_written}`);
  server.close();
  fs.rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}
main().catch(e => { console.error(e); process.exit(1); });
