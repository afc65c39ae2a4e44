// A standard OAuth 2.0 client (oauth4webapi) against one tenant's issuer: discovery, the password grant as the
// built-in public client, the refresh_token grant, introspection and revocation as the demo confidential client
// `resource-server`. Prints "ok <step>" for each step it finished and exits 0 when all did.
const RESOURCE_SERVER_SECRET = 'resource-server-demo-secret-0123456789ab';

async function main() {
  const oauth = await import('oauth4webapi');
  const [issuerUrl, username, password] = process.argv.slice(2);
  const insecure = { [oauth.allowInsecureRequests]: true };
  const issuer = new URL(issuerUrl);
  const as = await oauth.processDiscoveryResponse(issuer,
    await oauth.discoveryRequest(issuer, { algorithm: 'oidc', ...insecure }));
  step('discovery', as.token_endpoint === `${issuerUrl}/token`);

  const app = { client_id: 'gerbang' };
  const none = oauth.None();
  const signedIn = await oauth.processGenericTokenEndpointResponse(as, app,
    await oauth.genericTokenEndpointRequest(as, app, none, 'password', new URLSearchParams({ username, password }), insecure));
  step('password grant', typeof signedIn.access_token === 'string' && signedIn.expires_in > 0
    && signedIn.token_type === 'bearer');

  const refreshed = await oauth.processRefreshTokenResponse(as, app,
    await oauth.refreshTokenGrantRequest(as, app, none, signedIn.refresh_token, insecure));
  step('refresh grant', refreshed.refresh_token !== signedIn.refresh_token);

  const again = await oauth.processGenericTokenEndpointResponse(as, app,
    await oauth.genericTokenEndpointRequest(as, app, none, 'password', new URLSearchParams({ username, password }), insecure));
  const rs = { client_id: 'resource-server' };
  const rsAuth = oauth.ClientSecretBasic(RESOURCE_SERVER_SECRET);
  const active = await oauth.processIntrospectionResponse(as, rs,
    await oauth.introspectionRequest(as, rs, rsAuth, again.access_token, insecure));
  step('introspection: active', active.active === true && active.token_type === 'access_token'
    && active.client_id === 'gerbang' && typeof active.sub === 'string');

  await oauth.processRevocationResponse(await oauth.revocationRequest(as, app, none, again.refresh_token, insecure));
  step('revocation', true);
  const inactive = await oauth.processIntrospectionResponse(as, rs,
    await oauth.introspectionRequest(as, rs, rsAuth, again.access_token, insecure));
  step('introspection after revocation: inactive', inactive.active === false);
}

function step(name, passed) {
  if (!passed) {
    throw new Error(`step failed: ${name}`);
  }
  console.log(`ok ${name}`);
}

main().catch((failure) => {
  console.log(`failed ${failure.message}${failure.error ? ` (${failure.error})` : ''}`);
  process.exit(1);
});
