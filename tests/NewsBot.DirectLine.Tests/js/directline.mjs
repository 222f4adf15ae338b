// The official Direct Line client against a running NewsBot: start, welcome, cited answers to seed questions,
// reconnect with a watermark (no duplicates, nothing missed), and a token refresh.
// Usage: node directline.mjs <baseUrl> <secret> <websocket|polling>
import { DirectLine, ConnectionStatus, seedQuestions, fail, check, rest, generateToken, watch, ask, checkCitedAnswer, checkNoDuplicates } from './common.mjs';

const [base, secret, mode] = process.argv.slice(2);
const webSocket = mode === 'websocket';
const domain = base + '/v3/directline';
const userId = 'dl_node_' + mode;

try {
  const { token, conversationId } = await generateToken(base, secret, userId);
  const first = new DirectLine({ token, domain, webSocket, pollingInterval: 250 });
  const watcher = watch(first);
  const welcome = await watcher.waitFor(a => a.type === 'message' && a.from.role === 'bot', 'the welcome');
  check(first.conversationId === conversationId, 'the client started ' + first.conversationId + ', not the token\'s ' + conversationId);

  const answers = [];
  for (const question of seedQuestions) {
    const { echo, answer, milliseconds } = await ask(first, watcher, userId, question);
    check(echo.from.role === 'user' && echo.text === question, 'the echo of "' + question + '" is ' + JSON.stringify(echo));
    checkCitedAnswer(answer, question);
    answers.push({ question, answer: answer.value.answer, outlets: answer.value.citations.map(c => c.outlet), milliseconds: Math.round(milliseconds) });
  }
  checkNoDuplicates(watcher.seen, 'first connection');
  if (webSocket) {
    check(watcher.seen.some(a => a.type === 'typing'), 'no typing indicator arrived on the WebSocket');
  } else {
    check(!watcher.seen.some(a => a.type === 'typing'), 'a typing indicator arrived by polling');
  }

  // Reconnect from the watermark after missing a turn: what happened meanwhile arrives once, nothing earlier again.
  const watermark = first.watermark;
  const before = new Set(watcher.seen.map(a => a.id));
  watcher.stop();
  first.end();
  const missed = await rest(base, 'POST', '/v3/directline/conversations/' + conversationId + '/activities', token,
    { type: 'message', from: { id: userId }, text: 'Who said that?' });
  check(missed.status === 200, 'posting while away answered ' + missed.status);

  const second = new DirectLine({ token, domain, webSocket, conversationId, watermark, pollingInterval: 250 });
  const again = watch(second);
  await again.waitFor(a => a.id === missed.body.id, 'the activity posted while away');
  await again.waitFor(a => a.replyToId === missed.body.id && a.type === 'message', 'the reply to the activity posted while away');
  const { answer: afterReconnect } = await ask(second, again, userId, seedQuestions[0]);
  checkCitedAnswer(afterReconnect, seedQuestions[0]);
  const repeated = again.seen.filter(a => before.has(a.id));
  check(repeated.length === 0, 'after reconnecting, these arrived again: ' + repeated.map(a => a.id).join(', '));
  checkNoDuplicates(again.seen, 'second connection');

  // The client's own refresh call (its loop runs it every 15 minutes), then a question on the new token.
  const refreshed = await new Promise((resolve, reject) => second.refreshToken().subscribe(resolve, reject));
  check(refreshed && refreshed !== token, 'tokens/refresh gave no new token: ' + refreshed + ' (status ' + second.connectionStatus$.getValue() + ')');
  second.token = refreshed;
  const { answer: afterRefresh } = await ask(second, again, userId, seedQuestions[1]);
  checkCitedAnswer(afterRefresh, seedQuestions[1]);
  check(second.connectionStatus$.getValue() === ConnectionStatus.Online, 'the client is not online after the refresh');

  again.stop();
  second.end();
  console.log(JSON.stringify({ ok: true, mode, conversationId, welcome: welcome.text.slice(0, 60), answers }));
  process.exit(0);
} catch (error) {
  fail(error && error.stack ? error.stack : String(error));
}
