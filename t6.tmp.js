const { fuzzSequence } = require('./out/test/fuzz/fuzz');
const { TestClient } = require('./out/test/protocol/lspClient');
(async () => {
  for (const seed of process.argv.slice(2).map(Number)) {
    const c = new TestClient(); await c.initialize('zh-cn');
    const r = await fuzzSequence(c, seed, undefined, 300);
    console.log(seed, r.failure ? r.failure.detail : 'ok', r.slowest.toFixed(0));
    await c.stop();
  }
})();
