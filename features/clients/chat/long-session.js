// Seed 001's chat front end, signed in through its client app (`chat`: day-long access tokens, as its own
// backend gave), keeps its socket for longer than a native access token lives; a socket on a native token is
// ended by the server when that token expires (what cut seed 001's chat off after 15 minutes).
//   node long-session.js BASE_URL_A BASE_URL_B NATIVE_TTL_SECONDS
// BASE_URL is the server's root; the client's base URL is BASE_URL/clients/chat.
const { io } = require('socket.io-client');
const { fail, step, within, once } = require('./story-steps');

const [urlA, urlB, nativeTtl] = process.argv.slice(2);
const lifetime = Number(nativeTtl) * 1000;
const TASK = 1;

async function signIn(base, identity) {
  const response = await fetch(base + '/api/v1/auth/login', {
    method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ user_identity: identity, password: 'password123' }),
  });
  const body = await response.json();
  if (!body.success) fail('login of ' + identity + ' at ' + base + ': ' + JSON.stringify(body));
  return body.data;
}

const connect = (url, token) => io(url, { auth: { token }, reconnection: false, forceNew: true });
const passes = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function main() {
  const native = await signIn(urlA, '100000003');
  if (native.expires_in > Number(nativeTtl)) fail('a native token lives ' + native.expires_in + ' s');
  const short = connect(urlA, native.access_token);
  await within(5000, 'connect', once(short, 'connect'));
  const ended = within(lifetime + 5000, 'the end of a socket on an expired token', once(short, 'error'));
  step('a socket on a native token (' + native.expires_in + ' s) connected');

  const chat = await signIn(urlB + '/clients/chat', '100000001');
  if (chat.expires_in !== 86400) fail('the chat client\'s token lives ' + chat.expires_in + ' s');
  const naruto = connect(urlB, chat.access_token);
  await within(5000, 'connect', once(naruto, 'connect'));
  const joined = await within(5000, 'join ack', naruto.emitWithAck('join_task', TASK));
  if (!joined.ok) fail('join ' + JSON.stringify(joined));
  step('a socket on the chat client\'s token (' + chat.expires_in + ' s) joined task ' + TASK);

  const error = await ended;
  if (error.code !== 'TOKEN_EXPIRED') fail('the native socket ended with ' + JSON.stringify(error));
  step('the native socket was ended when its token expired: ' + JSON.stringify(error));

  // two native lifetimes later the chat client's socket is still there, and still speaks
  await passes(2 * lifetime);
  if (!naruto.connected) fail('the chat client\'s socket was cut off');
  const sent = await within(5000, 'send ack', naruto.emitWithAck('send_message', { taskId: TASK,
    message: 'masih tersambung' }));
  if (!sent.ok) fail('send after two native lifetimes: ' + JSON.stringify(sent));
  step('after ' + (3 * lifetime / 1000) + ' s the chat client\'s socket still sends: ' + JSON.stringify(sent));
  naruto.disconnect();
  console.log('every step passed');
  process.exit(0);
}

main().catch((error) => fail(error.message));
