// Resuming a conversation after the bot restarts, with the official client. Phase 1 talks, remembers the watermark
// after the first answer, goes on talking, and saves what it saw; the test restarts the host on the same SQLite files;
// phase 2 resumes from the remembered watermark and must get exactly what came after it, then a new cited answer.
// Usage: node restart.mjs <phase1|phase2> <baseUrl> <stateFile>
import { readFileSync, writeFileSync } from 'node:fs';
import { DirectLine, seedQuestions, fail, check, rest, watch, ask, checkCitedAnswer, checkNoDuplicates } from './common.mjs';

const [phase, base, stateFile] = process.argv.slice(2);
const domain = base + '/v3/directline';

try {
  if (phase === 'phase1') {
    const page = await rest(base, 'POST', '/api/directline/token');
    check(page.status === 200, 'the page token endpoint answered ' + page.status);
    const { token, userId } = page.body;
    const directLine = new DirectLine({ token, domain, webSocket: true });
    const watcher = watch(directLine);
    await watcher.waitFor(a => a.type === 'message' && a.from.role === 'bot', 'the welcome');
    checkCitedAnswer((await ask(directLine, watcher, userId, seedQuestions[0])).answer, seedQuestions[0]);
    const watermark = directLine.watermark;
    const upToWatermark = watcher.seen.filter(a => a.type !== 'typing').map(a => a.id);
    checkCitedAnswer((await ask(directLine, watcher, userId, seedQuestions[1])).answer, seedQuestions[1]);
    const afterWatermark = watcher.seen.filter(a => a.type !== 'typing' && !upToWatermark.includes(a.id)).map(a => a.id);
    watcher.stop();
    directLine.end();
    writeFileSync(stateFile, JSON.stringify({ token, userId, conversationId: directLine.conversationId, watermark, upToWatermark, afterWatermark }));
    console.log(JSON.stringify({ ok: true, phase, watermark, upToWatermark: upToWatermark.length, afterWatermark: afterWatermark.length }));
  } else {
    const state = JSON.parse(readFileSync(stateFile, 'utf8'));
    const directLine = new DirectLine({ token: state.token, conversationId: state.conversationId, watermark: state.watermark, domain, webSocket: true });
    const watcher = watch(directLine);
    for (const id of state.afterWatermark) {
      await watcher.waitFor(a => a.id === id, 'replayed activity ' + id);
    }
    const { answer } = await ask(directLine, watcher, state.userId, seedQuestions[2]);
    checkCitedAnswer(answer, seedQuestions[2]);
    checkNoDuplicates(watcher.seen, 'after the restart');
    const repeated = watcher.seen.filter(a => state.upToWatermark.includes(a.id)).map(a => a.id);
    check(repeated.length === 0, 'replayed again from before the watermark: ' + repeated.join(', '));

    // Nothing lost: the server's whole transcript is what phase 1 saw up to the watermark, then what phase 2 saw.
    const transcript = await rest(base, 'GET', '/v3/directline/conversations/' + state.conversationId + '/activities?watermark=', state.token);
    const stored = transcript.body.activities.map(a => a.id);
    const seen = [...state.upToWatermark, ...watcher.seen.filter(a => a.type !== 'typing').map(a => a.id)];
    check(JSON.stringify(stored) === JSON.stringify(seen), 'gap or reordering: stored ' + stored.join(',') + ' but the client saw ' + seen.join(','));
    watcher.stop();
    directLine.end();
    console.log(JSON.stringify({ ok: true, phase, replayed: state.afterWatermark.length, total: stored.length }));
  }
  process.exit(0);
} catch (error) {
  fail(error && error.stack ? error.stack : String(error));
}
