// What both of seed 001's stories share: steps that print as they pass, waits with a deadline, and the sign-in
// the front end does before it connects.
const steps = [];
const fail = (why) => { console.error('FAIL: ' + why); console.error(steps.join('\n')); process.exit(1); };
const step = (what) => { steps.push('ok: ' + what); console.log('ok: ' + what); };
const within = (ms, what, promise) => Promise.race([promise,
  new Promise((_, reject) => setTimeout(() => reject(new Error('no ' + what + ' within ' + ms + ' ms')), ms))]);
const once = (emitter, event) => new Promise((resolve) => emitter.once(event, resolve));

async function login(url, identity) {
  const response = await fetch(url + '/api/v1/auth/login', {
    method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ user_identity: identity, password: 'password123' }),
  });
  const body = await response.json();
  if (!body.success) fail('login of ' + identity + ': ' + JSON.stringify(body));
  return body.data.access_token;
}

module.exports = { fail, step, within, once, login };
