// The chat under a rolling restart (or a killed node), through a balancer, with the official socket.io-client v4:
//   node rolling-chat.js http://127.0.0.1:18090 <seconds> <websocket|polling> <posts-may-fail: yes|no> [stop-file]
// Naruto and Sakura (task 1's members) listen over Socket.IO; Kakashi posts a message over REST every 100 ms for
// the given seconds, or until the stop file appears. Meanwhile the caller restarts or kills nodes. Then: every post answered (unless posts may fail:
// a node killed under a post), every message stored meanwhile (read back from the history) heard by each listener
// exactly once, and every lost connection back within 5 s.
// Prints the figures; exits 1 on the first failure.
const { io } = require('socket.io-client');
const { fail, step, within, once, login } = require('./story-steps');

const [url, seconds = '20', transport = 'websocket', postsMayFail = 'no', stopFile] = process.argv.slice(2);
const fs = require('fs');
const TASK = 1;

async function listener(identity, name) {
  const socket = io(url, {
    auth: { token: await login(url, identity) }, transports: transport === 'polling' ? ['polling'] : ['websocket'],
    forceNew: true, reconnectionDelay: 200, reconnectionDelayMax: 1000, randomizationFactor: 0,
  });
  const self = { name, socket, heard: [], gaps: [], lostAt: null, recovered: 0 };
  socket.on('new_message', (event) => self.heard.push(event.message.id));
  socket.on('disconnect', (reason) => {
    self.lostAt = Date.now();
    step(name + ' lost its connection (' + reason + ') at ' + new Date().toISOString());
  });
  socket.on('connect', () => {
    if (self.lostAt !== null) {
      self.gaps.push(Date.now() - self.lostAt);
      self.lostAt = null;
      if (socket.recovered) self.recovered++;
      else socket.emit('join_task', TASK); // not recovered: join again, as a front end does on connect
    }
  });
  await within(5000, name + ' connect', once(socket, 'connect'));
  const joined = await within(5000, name + ' join', socket.emitWithAck('join_task', TASK));
  if (!joined.ok) fail(name + ' could not join: ' + JSON.stringify(joined));
  return self;
}

async function main() {
  const listeners = [await listener('100000001', 'Naruto'), await listener('100000002', 'Sakura')];
  const token = await login(url, '100000003');
  step('listening'); // the caller may now restart or kill nodes
  const posted = [];
  const failures = [];
  const until = Date.now() + Number(seconds) * 1000;
  let n = 0;
  while (Date.now() < until && !(stopFile && fs.existsSync(stopFile))) {
    n++;
    try {
      const response = await fetch(url + '/api/v1/tasks/' + TASK + '/messages', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + token },
        body: JSON.stringify({ message: 'bergulir ' + n }),
      });
      const body = await response.json();
      if (response.status !== 201 && response.status !== 200) failures.push(response.status + ' ' + JSON.stringify(body));
      else posted.push(body.data.id);
    } catch (error) {
      failures.push(String(error));
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  step('Kakashi posted ' + posted.length + ' messages, ' + failures.length + ' posts failed');
  if (failures.length && postsMayFail !== 'yes') fail('posts failed: ' + JSON.stringify(failures.slice(0, 5)));
  if (posted.length === 0) fail('nothing was posted');
  // what the database holds from the first post on, newest first a page at a time: the count every listener is held to
  const stored = [];
  for (let cursor = null, more = true; more;) {
    const page = await (await fetch(url + '/api/v1/tasks/' + TASK + '/messages?limit=100'
      + (cursor ? '&cursor=' + encodeURIComponent(cursor) : ''), { headers: { Authorization: 'Bearer ' + token } })).json();
    for (const message of page.data) if (message.id >= posted[0]) stored.push(message.id);
    more = page.meta.pagination.has_next && page.data.every((message) => message.id >= posted[0]);
    cursor = page.meta.pagination.next_cursor;
  }
  if (posted.some((id) => !stored.includes(id))) fail('a post answered with an id is not stored');
  step(stored.length + ' messages stored meanwhile');
  for (const who of listeners) {
    const deadline = Date.now() + 10000;
    while (stored.some((id) => !who.heard.includes(id)) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const missing = stored.filter((id) => !who.heard.includes(id));
    const twice = who.heard.filter((id, i) => who.heard.indexOf(id) !== i);
    step(who.name + ': heard ' + who.heard.length + ', missing ' + missing.length + ', twice ' + twice.length
      + ', connections lost ' + who.gaps.length + ' (recovered ' + who.recovered + '), longest gap '
      + Math.max(0, ...who.gaps) + ' ms');
    if (who.lostAt !== null) fail(who.name + ' is still disconnected');
    if (missing.length) fail(who.name + ' missed ' + JSON.stringify(missing.slice(0, 10)));
    if (twice.length) fail(who.name + ' heard twice ' + JSON.stringify(twice.slice(0, 10)));
    if (who.gaps.some((gap) => gap > 5000)) fail(who.name + ' was away longer than 5 s: ' + JSON.stringify(who.gaps));
  }
  for (const who of listeners) who.socket.disconnect();
  console.log('every step passed');
  process.exit(0);
}

main().catch((error) => fail(error.stack || String(error)));
