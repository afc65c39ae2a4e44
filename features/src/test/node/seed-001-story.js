// Seed 001's test-websocket.js story, with the official socket.io-client v4 and its default transports
// (polling first, then the upgrade to websocket), against a started Gerbang with the demo data:
//   node seed-001-story.js http://127.0.0.1:8082 [http://127.0.0.1:8083]
// A second URL puts the second member on another node. Prints each step; exits 1 on the first failure.
const { io } = require('socket.io-client');

const [urlA, urlB = urlA] = process.argv.slice(2);
const TASK = 1; // "Peluncuran": Naruto (owner), Kakashi (may comment), Sakura (may only read)
const { fail, step, within, once, login } = require('./story-steps');

function connect(url, token) {
  // as seed 001's front end does: io(url, {auth: {token}}), default transports
  return io(url, { auth: { token }, reconnection: false, forceNew: true });
}

async function main() {
  const naruto = connect(urlA, await login(urlA, '100000001'));
  await within(5000, 'connect', once(naruto, 'connect'));
  step('Naruto connected over ' + naruto.io.engine.transport.name + ', socket id ' + naruto.id);
  await within(5000, 'upgrade', naruto.io.engine.transport.name === 'websocket'
    ? Promise.resolve() : once(naruto.io.engine, 'upgrade'));
  step('Naruto upgraded to ' + naruto.io.engine.transport.name);

  // the seed's own first emit: a task id that is no id gets an error event
  naruto.emit('join_task', 'test-task-id');
  const refused = await within(5000, 'error event', once(naruto, 'error'));
  if (refused.code !== 'VALIDATION_FAILED') fail('join_task("test-task-id") gave ' + JSON.stringify(refused));
  step('join_task("test-task-id") refused: ' + JSON.stringify(refused));

  const joined = await within(5000, 'join ack', naruto.emitWithAck('join_task', String(TASK)));
  if (!joined.ok) fail('Naruto could not join: ' + JSON.stringify(joined));
  step('Naruto joined task ' + TASK + ' (a digit string), present: ' + JSON.stringify(joined.users));

  const kakashi = connect(urlB, await login(urlB, '100000003'));
  await within(5000, 'connect', once(kakashi, 'connect'));
  const heardJoin = within(5000, 'user_joined', once(naruto, 'user_joined'));
  const kakashiJoined = await within(5000, 'join ack', kakashi.emitWithAck('join_task', TASK));
  if (!kakashiJoined.ok) fail('Kakashi could not join: ' + JSON.stringify(kakashiJoined));
  const arrival = await heardJoin;
  if (arrival.taskId !== TASK || arrival.userName !== 'Kakashi Hatake') fail('user_joined ' + JSON.stringify(arrival));
  step('Naruto heard user_joined ' + JSON.stringify(arrival));

  const typing = within(5000, 'user_typing', once(kakashi, 'user_typing'));
  naruto.emit('typing_start', { taskId: TASK });
  const typist = await typing;
  if (typist.userName !== 'Naruto Uzumaki') fail('user_typing ' + JSON.stringify(typist));
  step('Kakashi heard user_typing ' + JSON.stringify(typist));

  // the seed's second emit, without an ack: both members hear new_message
  const text = 'Hello from test client! ' + Date.now();
  const toNaruto = within(5000, 'new_message', once(naruto, 'new_message'));
  const toKakashi = within(5000, 'new_message', once(kakashi, 'new_message'));
  naruto.emit('send_message', { taskId: String(TASK), message: text });
  const [mine, theirs] = await Promise.all([toNaruto, toKakashi]);
  for (const heard of [mine, theirs]) {
    if (heard.taskId !== TASK || heard.message.message !== text || heard.message.user_name !== 'Naruto Uzumaki'
        || typeof heard.message.id !== 'number') fail('new_message ' + JSON.stringify(heard));
  }
  step('both heard new_message ' + JSON.stringify(theirs));

  const acked = await within(5000, 'send ack', kakashi.emitWithAck('send_message', { taskId: TASK, message: 'ack me' }));
  if (!acked.ok || typeof acked.message_id !== 'number') fail('send_message ack ' + JSON.stringify(acked));
  step('send_message with an ack: ' + JSON.stringify(acked));

  const sakura = connect(urlA, await login(urlA, '100000002'));
  await within(5000, 'connect', once(sakura, 'connect'));
  await within(5000, 'join ack', sakura.emitWithAck('join_task', TASK));
  const readOnly = await within(5000, 'send ack', sakura.emitWithAck('send_message', { taskId: TASK, message: 'hi' }));
  if (readOnly.ok || readOnly.code !== 'NO_PERMISSION') fail('read-only member posted: ' + JSON.stringify(readOnly));
  step('a read-only member is refused: ' + JSON.stringify(readOnly));

  const left = within(5000, 'user_left', once(naruto, 'user_left'));
  kakashi.disconnect();
  step('Naruto heard user_left ' + JSON.stringify(await left));

  for (const [auth, code] of [[{}, 'TOKEN_MISSING'], [{ token: 'not-a-token' }, 'TOKEN_INVALID']]) {
    const stranger = io(urlA, { auth, reconnection: false, forceNew: true });
    const error = await within(5000, 'connect_error', once(stranger, 'connect_error'));
    if (error.data?.code !== code) fail('connect_error ' + error.message + ' ' + JSON.stringify(error.data));
    step('connect_error "' + error.message + '" ' + JSON.stringify(error.data));
    stranger.close();
  }
  naruto.disconnect();
  sakura.disconnect();
  console.log('seed 001 story: every step passed');
  process.exit(0);
}

main().catch((error) => fail(error.message));
