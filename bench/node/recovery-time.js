// How long a recovered Socket.IO client takes to receive what it missed: Naruto's transport is lost, Kakashi posts
// N messages over REST meanwhile, then Naruto reconnects (on any node, through the balancer) and the time from his
// reconnect to the last missed message is measured, over several rounds.
//   cp bench/node/recovery-time.js features/src/test/node/story-steps.js features/target/node/
//   (cd features/target/node && node recovery-time.js http://127.0.0.1:18090 1000 5)
// features/target/node holds socket.io-client after the features tests ran (npm ci there).
const { io } = require('socket.io-client');
const { fail, within, once, login } = require('./story-steps');

const [url, count = '1000', rounds = '5'] = process.argv.slice(2);
const TASK = 1;

async function main() {
  const naruto = io(url, { auth: { token: await login(url, '100000001') }, transports: ['websocket'], forceNew: true,
    reconnection: false });
  await within(5000, 'connect', once(naruto, 'connect'));
  await naruto.emitWithAck('join_task', TASK);
  const heard = [];
  naruto.on('new_message', (event) => heard.push(event.message.id));
  const kakashi = await login(url, '100000003');
  const post = (text) => fetch(url + '/api/v1/tasks/' + TASK + '/messages', {
    method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + kakashi },
    body: JSON.stringify({ message: text }) }).then((response) => response.json());
  await post('first');
  while (heard.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));

  const times = [];
  for (let round = 1; round <= Number(rounds); round++) {
    const lost = once(naruto, 'disconnect');
    naruto.io.engine.close();
    await lost;
    const ids = [];
    for (let i = 0; i < Number(count); i += 20) {
      const batch = await Promise.all(Array.from({ length: Math.min(20, Number(count) - i) },
        (_, k) => post('missed ' + round + '.' + (i + k))));
      ids.push(...batch.map((answer) => answer.data.id));
    }
    const last = Math.max(...ids);
    heard.length = 0;
    const started = process.hrtime.bigint();
    naruto.connect();
    await within(5000, 'reconnect', once(naruto, 'connect'));
    if (!naruto.recovered) fail('not recovered in round ' + round);
    while (!heard.includes(last)) await new Promise((resolve) => setImmediate(resolve));
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const missing = ids.filter((id) => !heard.includes(id)).length;
    if (missing) fail(missing + ' missed messages not received in round ' + round);
    times.push(ms);
    console.log('round ' + round + ': ' + ids.length + ' missed messages received ' + ms.toFixed(1)
      + ' ms after the reconnect began');
  }
  times.sort((a, b) => a - b);
  console.log('median ' + times[Math.floor(times.length / 2)].toFixed(1) + ' ms, worst ' + times[times.length - 1].toFixed(1) + ' ms');
  naruto.disconnect();
  process.exit(0);
}

main().catch((error) => fail(error.stack || String(error)));
