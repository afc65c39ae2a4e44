// The campus app's sign-in as its front end calls it (app/api/auth/login/route.ts answered {user, token}), and
// its middleware (lib/auth-middleware.ts), which verifies the token with its own secret and scopes by prodi_id.
// Usage: node login.js BASE_URL_A BASE_URL_B  (JWT_SECRET in the environment, as the app has it)
const jwt = require('jsonwebtoken');

const [baseA, baseB] = process.argv.slice(2);
const JWT_SECRET = process.env.JWT_SECRET;

async function login(base, username, password) {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  return { status: response.status, body: await response.json() };
}

// lib/auth-middleware.ts
function verifyToken(token) {
  try {
    return jwt.verify(token, JWT_SECRET);
  } catch (error) {
    return null;
  }
}

// the Students API's scoping: a prodi admin sees their prodi only, an admin every prodi
function studentsWhere(token) {
  const where = {};
  if (token.role === 'prodi' && token.prodi_id) {
    where.prodi_id = token.prodi_id;
  }
  return where;
}

function check(condition, what) {
  if (!condition) {
    throw new Error(what);
  }
}

async function step(name, body) {
  try {
    await body();
    console.log(`ok: ${name}`);
  } catch (failure) {
    console.log(`step failed: ${name}: ${failure.message}`);
    process.exit(1);
  }
}

(async () => {
  let kakashi;
  await step('a prodi admin signs in and the middleware verifies the token with the app secret', async () => {
    const { status, body } = await login(baseA, '100000003', 'password123');
    check(status === 200, `status ${status}: ${JSON.stringify(body)}`);
    const { user, token } = body;
    check(user.id === '4' && user.username === '100000003' && user.role === 'prodi', JSON.stringify(user));
    check(user.prodi_id === 'TI' && user.sub_role === 'PRODI ADMIN' && user.isNewUser === false, JSON.stringify(user));
    const decoded = verifyToken(token);
    check(decoded !== null, 'the token did not verify with JWT_SECRET');
    check(decoded.userId === '4' && decoded.username === '100000003', JSON.stringify(decoded));
    check(decoded.role === 'prodi' && decoded.subRole === 'PRODI ADMIN', JSON.stringify(decoded));
    check(decoded.prodi_id === 'TI', `prodi_id ${decoded.prodi_id}`);
    check(decoded.exp - decoded.iat === 86400, `lifetime ${decoded.exp - decoded.iat}`);
    check(JSON.stringify(studentsWhere(decoded)) === '{"prodi_id":"TI"}', 'scoping');
    kakashi = token;
  });
  await step('an admin has no prodi and sees every prodi', async () => {
    const { body } = await login(baseB, 'hasbi@company.com', 'password123');
    const decoded = verifyToken(body.token);
    check(decoded.role === 'admin' && 'prodi_id' in decoded && decoded.prodi_id === null, JSON.stringify(decoded));
    check(JSON.stringify(studentsWhere(decoded)) === '{}', 'an admin is scoped');
  });
  await step('a student is a mahasiswa of their prodi', async () => {
    const { body } = await login(baseA, '100000001', 'password123');
    const decoded = verifyToken(body.token);
    check(decoded.role === 'mahasiswa' && decoded.prodi_id === 'TI', JSON.stringify(decoded));
  });
  await step('a token does not verify with another secret', async () => {
    check(jwt.decode(kakashi) !== null, 'not a JWT');
    let refused = false;
    try {
      jwt.verify(kakashi, 'some-other-secret-some-other-secret-0123');
    } catch (error) {
      refused = true;
    }
    check(refused, 'verified with another secret');
  });
  await step('the token reads who it is on the other node, and nowhere but this client', async () => {
    const me = await fetch(`${baseB}/api/auth/me`, { headers: { Authorization: `Bearer ${kakashi}` } });
    const body = await me.json();
    check(me.status === 200 && body.user.prodi_id === 'TI', JSON.stringify(body));
    const root = new URL(baseA).origin;
    const native = await fetch(`${root}/api/v1/auth/me`, { headers: { Authorization: `Bearer ${kakashi}` } });
    check(native.status === 401, `the native API took a client's shared-secret token: ${native.status}`);
  });
  await step('a wrong password is refused in the app shape', async () => {
    const { status, body } = await login(baseA, '100000003', 'wrong-password');
    check(status === 401 && body.code === 'INVALID_CREDENTIALS' && typeof body.error === 'string',
      `${status} ${JSON.stringify(body)}`);
  });
  await step('logout ends the session', async () => {
    const out = await fetch(`${baseA}/api/auth/logout`, { method: 'POST', headers: { Authorization: `Bearer ${kakashi}` } });
    check(out.status === 200, `logout ${out.status}`);
    const me = await fetch(`${baseB}/api/auth/me`, { headers: { Authorization: `Bearer ${kakashi}` } });
    check(me.status === 401, `after logout ${me.status}`);
  });
  console.log('every step passed');
})();
