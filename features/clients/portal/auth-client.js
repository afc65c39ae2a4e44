// The tenant portal's auth client, as its integration guide types it (APIResponse<LoginResponse>,
// APIResponse<RefreshResponse>): it sends X-Tenant-ID, keeps the refresh token of its login, and refreshes with it
// for as long as the session lives.
// Usage: node auth-client.js BASE_URL_A BASE_URL_B [REFRESHES] [outlive]
// With "outlive", each refresh waits until the access token it replaces has expired, as a front end left open
// does: the refresh token of the login goes on working across several access-token lifetimes.
const [baseA, baseB, refreshes = '5', outlive] = process.argv.slice(2);

class AuthClient {
  constructor(base, tenantId) {
    this.base = base;
    this.tenantId = tenantId;
    this.session = null;
  }

  async call(path, body, accessToken) {
    const headers = {
      'Content-Type': 'application/json',
      Accept: 'application/json',
      'X-Tenant-ID': String(this.tenantId),
    };
    if (accessToken) {
      headers.Authorization = `Bearer ${accessToken}`;
    }
    const response = await fetch(`${this.base}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
    return { status: response.status, body: await response.json() };
  }

  async login(email, password) {
    const { status, body } = await this.call('/auth/login', { email, password });
    if (status === 200) {
      this.session = body.data; // LoginResponse: its refresh_token is the one this client keeps
    }
    return { status, body };
  }

  async refresh() {
    // RefreshResponse is only the access token: the refresh token of the login stays
    const { status, body } = await this.call('/auth/refresh', { refresh_token: this.session.refresh_token },
      this.session.access_token);
    if (status === 200) {
      this.session.access_token = body.data.access_token;
      this.session.expires_at = body.data.expires_at;
    }
    return { status, body };
  }

  async logout() {
    return this.call('/auth/logout', { refresh_token: this.session.refresh_token }, this.session.access_token);
  }
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
  const client = new AuthClient(baseA, 1);
  await step('signs in and reads the flat LoginResponse', async () => {
    const { status, body } = await client.login('naruto@company.com', 'password123');
    check(status === 200 && body.success === true && body.message === 'Login successful', JSON.stringify(body));
    const data = body.data;
    check(data.id === 2 && data.nama === 'Naruto Uzumaki' && data.role === 'user', JSON.stringify(data));
    check(data.jenis_tenant === 'internal' && data.email === 'naruto@company.com', JSON.stringify(data));
    check(typeof data.expires_at === 'number' && data.expires_at > Date.now() / 1000, `expires_at ${data.expires_at}`);
    check(!('pagination' in body.meta), 'meta.pagination is there');
  });
  await step(`refreshes ${refreshes} times with the refresh token of its login, on both nodes`, async () => {
    for (let i = 0; i < Number(refreshes); i++) {
      if (outlive === 'outlive') {
        const expired = client.session.expires_at * 1000 - Date.now() + 1100;
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, expired)));
      }
      client.base = i % 2 === 0 ? baseB : baseA;
      const { status, body } = await client.refresh();
      check(status === 200, `refresh ${i + 1}: ${status} ${JSON.stringify(body)}`);
      check(Object.keys(body.data).sort().join() === 'access_token,expires_at', JSON.stringify(body.data));
    }
  });
  await step('another tenant is picked by X-Tenant-ID', async () => {
    const other = new AuthClient(baseA, 2);
    const { status, body } = await other.login('mitra@lain.com', 'password123');
    check(status === 200 && body.data.jenis_tenant === 'partner' && body.data.role === 'admin', JSON.stringify(body));
  });
  await step('a wrong password is a 401 in the APIResponse shape', async () => {
    const { status, body } = await new AuthClient(baseB, 1).login('naruto@company.com', 'wrong-password');
    check(status === 401 && body.success === false && body.data === null && body.code === 'INVALID_CREDENTIALS',
      `${status} ${JSON.stringify(body)}`);
  });
  await step('logout revokes the kept refresh token', async () => {
    const { status, body } = await client.logout();
    check(status === 200 && typeof body.data.message === 'string', `${status} ${JSON.stringify(body)}`);
    const after = await client.refresh();
    check(after.status === 401, `a refresh after logout: ${after.status}`);
  });
  console.log('every step passed');
})();
