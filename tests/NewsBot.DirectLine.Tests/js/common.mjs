// Shared helpers for the scripts that drive the official Direct Line client (botframework-directlinejs) in Node.
// Node has no XMLHttpRequest and (in Node 20) no WebSocket: DirectLineJS's README says to supply both as globals.
import xhr2 from 'xhr2';
import WebSocket from 'ws';
import directLineJs from 'botframework-directlinejs';

globalThis.XMLHttpRequest = xhr2;
globalThis.WebSocket = WebSocket;

export const { DirectLine, ConnectionStatus } = directLineJs;
export const AnswerType = 'application/vnd.newsbot.answer+json';

export const seedQuestions = [
  'When are the Geneva talks?',
  'Who will lead the US delegation?',
  'How many troops are at the border?',
  'Where will Biden and Putin talk?'
];

export function fail(message) {
  console.error('FAIL: ' + message);
  process.exit(1);
}

export function check(condition, message) {
  if (!condition) {
    fail(message);
  }
}

export async function rest(base, method, path, bearer, body) {
  const response = await fetch(base + path, {
    method,
    headers: { ...(bearer ? { Authorization: 'Bearer ' + bearer } : {}), ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

// A token for a new conversation, minted with the secret as a site's backend would.
export async function generateToken(base, secret, userId) {
  const reply = await rest(base, 'POST', '/v3/directline/tokens/generate', secret, { user: { id: userId, name: 'Node tester' } });
  check(reply.status === 200, 'tokens/generate answered ' + reply.status + ' ' + JSON.stringify(reply.body));
  return reply.body;
}

// Subscribes to a DirectLine's activities, recording them, with a way to wait for one.
export function watch(directLine) {
  const seen = [];
  const waiters = [];
  const subscription = directLine.activity$.subscribe(
    activity => {
      seen.push(activity);
      for (const waiter of [...waiters]) {
        if (waiter.predicate(activity)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(activity);
        }
      }
    },
    error => fail('activity$ errored: ' + (error && error.message ? error.message : JSON.stringify(error)))
  );
  return {
    seen,
    stop: () => subscription.unsubscribe(),
    waitFor(predicate, what, timeoutMs = 20000) {
      const already = seen.find(predicate);
      if (already) {
        return Promise.resolve(already);
      }
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('timed out waiting for ' + what + '; saw ' +
          seen.map(a => a.type + ':' + (a.text || '').slice(0, 30)).join(' | '))), timeoutMs);
        waiters.push({ predicate, resolve: value => { clearTimeout(timer); resolve(value); } });
      });
    }
  };
}

export function post(directLine, activity) {
  return new Promise((resolve, reject) => directLine.postActivity(activity).subscribe(resolve, reject));
}

// Asks a question and returns the answer activity (the bot's reply carrying the answer object) and the echo.
export async function ask(directLine, watcher, userId, text) {
  const started = performance.now();
  const id = await post(directLine, { type: 'message', from: { id: userId, name: 'Node tester' }, text, locale: 'en-US' });
  check(id && id !== 'retry', 'postActivity gave id ' + id + ' for "' + text + '"');
  const answer = await watcher.waitFor(a => a.replyToId === id && a.valueType === AnswerType, 'the answer to "' + text + '"');
  const echo = await watcher.waitFor(a => a.id === id, 'the echo of "' + text + '"');
  return { id, echo, answer, milliseconds: performance.now() - started };
}

export function checkCitedAnswer(answer, question) {
  const value = answer.value;
  check(value && value.status === 'answered', '"' + question + '" was not answered: ' + JSON.stringify(value));
  check(Array.isArray(value.citations) && value.citations.length > 0, '"' + question + '" has no citations');
  check(value.citations.every(c => c.outlet && c.sentence), '"' + question + '" has a citation without outlet or sentence');
  check(answer.from && answer.from.role === 'bot', 'the answer is not from the bot: ' + JSON.stringify(answer.from));
}

export function checkNoDuplicates(activities, where) {
  const ids = activities.filter(a => a.type !== 'typing').map(a => a.id);
  const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);
  check(!duplicate, where + ': activity ' + duplicate + ' arrived twice');
}

export function waitForStatus(directLine, status, timeoutMs = 20000) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('connection status never became ' + status)), timeoutMs);
    const subscription = directLine.connectionStatus$.subscribe(value => {
      if (value === status) {
        clearTimeout(timer);
        setTimeout(() => subscription.unsubscribe());
        resolve();
      }
    });
  });
}
