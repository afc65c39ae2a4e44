// Socket.IO connection state recovery with the official socket.io-client v4 (4.6 and later recover by themselves):
//   node recovery-story.js http://127.0.0.1:8082 http://127.0.0.1:8083
// Naruto loses his transport (as in a train tunnel, or a node going away), Kakashi posts meanwhile, and Naruto's
// client comes back by itself, on the same node and then on the other (as a balancer would send it), recovered:
// its room back, the messages it missed first, in order, none twice, then the live ones. Then what must not
// recover: another member presenting Naruto's private id, and an offset of no known shape.
// Prints each step; exits 1 on the first failure.
const { io } = require('socket.io-client');

const [urlA, urlB] = process.argv.slice(2);
const TASK = 1;
const { fail, step, within, once, login } = require('./story-steps');

/** Every new_message text a client hears, in order (the offset comes as the last argument and is not kept here). */
function hearing(socket) {
  const heard = [];
  socket.on('new_message', (event) => heard.push(event.message.message));
  return heard;
}

async function until(what, condition) {
  for (let waited = 0; !condition(); waited += 20) {
    if (waited > 5000) fail('no ' + what + ' within 5000 ms');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function main() {
  const naruto = io(urlA, {
    auth: { token: await login(urlA, '100000001') },
    transports: ['websocket'], forceNew: true, reconnectionDelay: 300, randomizationFactor: 0,
  });
  await within(5000, 'connect', once(naruto, 'connect'));
  if (naruto.recovered) fail('a first connection says it was recovered');
  if (typeof naruto._pid !== 'string') fail('the CONNECT carried no pid');
  step('Naruto connected, not recovered, with a private id');
  const joined = await within(5000, 'join ack', naruto.emitWithAck('join_task', TASK));
  if (!joined.ok) fail('Naruto could not join: ' + JSON.stringify(joined));
  const heard = hearing(naruto);

  const kakashi = io(urlB, { auth: { token: await login(urlB, '100000003') }, transports: ['websocket'], forceNew: true });
  await within(5000, 'connect', once(kakashi, 'connect'));
  await within(5000, 'join ack', kakashi.emitWithAck('join_task', TASK));
  const post = async (text) => {
    const acked = await within(5000, 'send ack', kakashi.emitWithAck('send_message', { taskId: TASK, message: text }));
    if (!acked.ok) fail('Kakashi could not post: ' + JSON.stringify(acked));
  };
  const stamp = Date.now();
  await post('sebelum ' + stamp);
  await until('the first message', () => heard.length === 1);
  const offset = naruto._lastOffset;
  if (typeof offset !== 'string') fail('new_message carried no offset');
  step('Naruto heard the first message, its offset ' + offset);

  for (const [where, url] of [['the same node', urlA], ['the other node', urlB]]) {
    const before = heard.length;
    const missed = [1, 2, 3].map((n) => 'terlewat ' + n + ' ' + where + ' ' + stamp);
    const back = once(naruto, 'connect');
    naruto.io.uri = url; // where the balancer sends the reconnect
    naruto.io.engine.close(); // the transport is lost: the client reconnects by itself
    for (const text of missed) await post(text);
    await within(5000, 'reconnect', back);
    if (!naruto.recovered) fail('Naruto came back to ' + where + ' but was not recovered');
    step('Naruto came back to ' + where + ', recovered');
    await until('the missed messages', () => heard.length >= before + 3);
    const live = 'langsung ' + where + ' ' + stamp;
    await post(live);
    await until('the live message', () => heard.length >= before + 4);
    const since = heard.slice(before);
    if (JSON.stringify(since) !== JSON.stringify([...missed, live])) {
      fail('after coming back to ' + where + ' Naruto heard ' + JSON.stringify(since));
    }
    step('the three missed messages in order, then the live one, none twice: ' + JSON.stringify(since));
  }

  // another member who presents Naruto's private id and offset gets a fresh connection and nothing of his
  const sakura = io(urlA, {
    auth: { token: await login(urlA, '100000002'), pid: naruto._pid, offset: offset },
    transports: ['websocket'], forceNew: true, reconnection: false,
  });
  const sakuraHeard = hearing(sakura);
  await within(5000, 'connect', once(sakura, 'connect'));
  if (sakura.recovered) fail("Sakura recovered Naruto's connection");
  await post('setelah ' + stamp);
  await until('Naruto hearing the last message', () => heard[heard.length - 1] === 'setelah ' + stamp);
  if (sakuraHeard.length !== 0) fail("Sakura heard Naruto's room: " + JSON.stringify(sakuraHeard));
  step("Sakura with Naruto's private id: a fresh connection, in no room, nothing replayed");

  const forged = io(urlA, {
    auth: { token: await login(urlA, '100000001'), pid: 'x'.repeat(43), offset: 'tidak-ada' },
    transports: ['websocket'], forceNew: true, reconnection: false,
  });
  await within(5000, 'connect', once(forged, 'connect'));
  if (forged.recovered) fail('a forged private id and offset recovered');
  step('a forged private id and offset: a fresh connection');

  for (const socket of [naruto, kakashi, sakura, forged]) socket.disconnect();
  console.log('every step passed');
  process.exit(0);
}

main().catch((error) => fail(error.stack || String(error)));
