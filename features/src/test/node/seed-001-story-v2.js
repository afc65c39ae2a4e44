// Seed 001's story again, with socket.io-client 2.x (Engine.IO v3, as older mobile and desktop apps still ship;
// seed 001's server runs with allowEIO3: true), over both transports, against a started Gerbang with the demo data:
//   node seed-001-story-v2.js http://127.0.0.1:8082 [http://127.0.0.1:8083]
// Such a client has no auth payload: its token goes in an Authorization header (with or without "Bearer ") or in
// the token query parameter. Prints each step; exits 1 on the first failure.
const io = require('socket.io-client-v2');

const [urlA, urlB = urlA] = process.argv.slice(2);
const TASK = 1;
const { fail, step, within, once, login } = require('./story-steps');
// socket.io-client 2 has no emitWithAck: an ack is the last argument's callback
const ask = (socket, event, argument) => new Promise((resolve) => socket.emit(event, argument, resolve));

function connect(url, options) {
  return io(url, Object.assign({ reconnection: false, forceNew: true }, options));
}

async function main() {
  // default transports: polling, then the upgrade; the token in extraHeaders, as seed 001's Node client sends it
  const naruto = connect(urlA, { extraHeaders: { Authorization: 'Bearer ' + await login(urlA, '100000001') } });
  await within(5000, 'connect', once(naruto, 'connect'));
  step('Naruto connected over ' + naruto.io.engine.transport.name + ' (EIO ' + naruto.io.engine.transport.query.EIO
    + '), socket id ' + naruto.id);
  await within(5000, 'upgrade', naruto.io.engine.transport.name === 'websocket'
    ? Promise.resolve() : once(naruto.io.engine, 'upgrade'));
  step('Naruto upgraded to ' + naruto.io.engine.transport.name);

  const joined = await within(5000, 'join ack', ask(naruto, 'join_task', String(TASK)));
  if (!joined.ok) fail('Naruto could not join: ' + JSON.stringify(joined));
  step('Naruto joined task ' + TASK + ', present: ' + JSON.stringify(joined.users));

  // websocket only, the token as a query parameter
  const kakashi = connect(urlB, { transports: ['websocket'], query: { token: await login(urlB, '100000003') } });
  await within(5000, 'connect', once(kakashi, 'connect'));
  step('Kakashi connected on the other node over ' + kakashi.io.engine.transport.name + ' with ?token=');
  const heardJoin = within(5000, 'user_joined', once(naruto, 'user_joined'));
  const kakashiJoined = await within(5000, 'join ack', ask(kakashi, 'join_task', TASK));
  if (!kakashiJoined.ok) fail('Kakashi could not join: ' + JSON.stringify(kakashiJoined));
  const arrival = await heardJoin;
  if (arrival.taskId !== TASK || arrival.userName !== 'Kakashi Hatake') fail('user_joined ' + JSON.stringify(arrival));
  step('Naruto heard user_joined ' + JSON.stringify(arrival));

  // polling only, the token without "Bearer "
  const sakura = connect(urlA, { transports: ['polling'], extraHeaders: { Authorization: await login(urlA, '100000002') } });
  await within(5000, 'connect', once(sakura, 'connect'));
  step('Sakura connected over ' + sakura.io.engine.transport.name + ' with a bare Authorization');
  const sakuraJoined = await within(5000, 'join ack', ask(sakura, 'join_task', TASK));
  if (!sakuraJoined.ok) fail('Sakura could not join: ' + JSON.stringify(sakuraJoined));

  const text = 'Halo dari klien lama ' + Date.now();
  const attachments = ['https://files.example/a.pdf', { name: 'b.png', size: 2048 }];
  const toNaruto = within(5000, 'new_message', once(naruto, 'new_message'));
  const toKakashi = within(5000, 'new_message', once(kakashi, 'new_message'));
  const toSakura = within(5000, 'new_message', once(sakura, 'new_message'));
  const sent = await within(5000, 'send ack', ask(naruto, 'send_message', { taskId: TASK, message: text, attachments }));
  if (!sent.ok || typeof sent.message_id !== 'number') fail('send_message ack ' + JSON.stringify(sent));
  for (const heard of await Promise.all([toNaruto, toKakashi, toSakura])) {
    if (heard.taskId !== TASK || heard.message.message !== text
        || JSON.stringify(heard.message.attachments) !== JSON.stringify(attachments)) {
      fail('new_message ' + JSON.stringify(heard));
    }
  }
  step('every transport heard new_message with its attachments as given');

  const readOnly = await within(5000, 'send ack', ask(sakura, 'send_message', { taskId: TASK, message: 'hi' }));
  if (readOnly.ok || readOnly.code !== 'NO_PERMISSION') fail('read-only member posted: ' + JSON.stringify(readOnly));
  step('a read-only member is refused over polling: ' + JSON.stringify(readOnly));

  const left = within(5000, 'user_left', once(naruto, 'user_left'));
  kakashi.disconnect();
  step('Naruto heard user_left ' + JSON.stringify(await left));

  for (const [options, words] of [[{}, 'Authentication error: No token provided'],
    [{ query: { token: 'not-a-token' } }, 'Authentication error: Invalid token']]) {
    for (const transports of [['polling'], ['websocket']]) {
      const stranger = connect(urlA, Object.assign({ transports }, options));
      const error = await within(5000, 'error', once(stranger, 'error'));
      if (error !== words) fail('a refused ' + transports + ' connection said ' + JSON.stringify(error));
      step('refused over ' + transports + ': ' + JSON.stringify(error));
      stranger.close();
    }
  }
  naruto.disconnect();
  sakura.disconnect();
  console.log('seed 001 story with socket.io-client 2: every step passed');
  process.exit(0);
}

main().catch((error) => fail(error.message));
