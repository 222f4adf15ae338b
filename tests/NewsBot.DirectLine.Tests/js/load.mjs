// Load and latency with the official client: hold many conversations open on WebSockets at once, then ask seed
// questions in a few of them and time each from the POST to the answer arriving on the WebSocket.
// Usage: node load.mjs <baseUrl> <secret> <questions.json> <open conversations> <questions to ask>
import { readFileSync } from 'node:fs';
import { DirectLine, ConnectionStatus, check, fail, watch, ask, waitForStatus } from './common.mjs';

const [base, secret, questionFile, openCount, askCount] = process.argv.slice(2);
const domain = base + '/v3/directline';
const questions = JSON.parse(readFileSync(questionFile, 'utf8')).questions.filter(q => q.answer !== null).map(q => q.q);
const asking = 10;

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)];
}

try {
  // Open the conversations a batch at a time, each with its own WebSocket (the secret is exempt from start throttling).
  const clients = [];
  const openStarted = performance.now();
  for (let i = 0; i < Number(openCount); i += 50) {
    const batch = [];
    for (let j = i; j < Math.min(i + 50, Number(openCount)); j++) {
      const directLine = new DirectLine({ secret, domain, webSocket: true });
      const watcher = watch(directLine);
      clients.push({ directLine, watcher, userId: 'load' + j });
      batch.push(watcher.waitFor(a => a.type === 'message' && a.from.role === 'bot', 'a welcome', 60000));
    }
    await Promise.all(batch);
  }
  const openSeconds = (performance.now() - openStarted) / 1000;
  const online = clients.filter(c => c.directLine.connectionStatus$.getValue() === ConnectionStatus.Online).length;
  check(online === clients.length, `only ${online} of ${clients.length} clients are online`);

  // Sequential questions, round robin over a few conversations, while all the others stay open.
  const latencies = [];
  let answered = 0;
  for (let n = 0; n < Number(askCount); n++) {
    const client = clients[n % Math.min(asking, clients.length)];
    const question = questions[n % questions.length];
    const { answer, milliseconds } = await ask(client.directLine, client.watcher, client.userId, question);
    latencies.push(milliseconds);
    if (answer.value && answer.value.status === 'answered') {
      answered++;
    }
  }

  // Every held conversation is still alive: one more question in the last one opened.
  const last = clients[clients.length - 1];
  await ask(last.directLine, last.watcher, last.userId, questions[0]);
  await waitForStatus(last.directLine, ConnectionStatus.Online);
  latencies.sort((a, b) => a - b);
  const result = {
    ok: true,
    openConversations: clients.length,
    openSeconds: Number(openSeconds.toFixed(1)),
    questions: latencies.length,
    answered,
    medianMs: Number(percentile(latencies, 50).toFixed(1)),
    p95Ms: Number(percentile(latencies, 95).toFixed(1)),
    maxMs: Number(latencies[latencies.length - 1].toFixed(1))
  };
  for (const client of clients) {
    client.watcher.stop();
    client.directLine.end();
  }
  console.log(JSON.stringify(result));
  process.exit(0);
} catch (error) {
  fail(error && error.stack ? error.stack : String(error));
}
