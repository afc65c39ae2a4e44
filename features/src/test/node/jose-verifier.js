// A Node service that checks Gerbang's access tokens the way its authors would, with jose: it knows only the
// issuer of one tenant, reads the issuer's metadata for its jwks_uri, and verifies each token with
// createRemoteJWKSet + jwtVerify (ES256, that issuer). It keeps its key set across tokens, as a running service
// does. One token a line on stdin; one answer a line on stdout: "ok <sub> <kid>" or "refused <jose's code>".
const readline = require('node:readline');

async function main() {
  const { createRemoteJWKSet, jwtVerify, decodeProtectedHeader } = await import('jose');
  const issuer = process.argv[2];
  const metadata = await (await fetch(`${issuer}/.well-known/openid-configuration`)).json();
  if (metadata.issuer !== issuer) {
    throw new Error(`the metadata names another issuer: ${metadata.issuer}`);
  }
  const keys = createRemoteJWKSet(new URL(metadata.jwks_uri));
  console.log('ready');
  const lines = readline.createInterface({ input: process.stdin });
  for await (const token of lines) {
    try {
      const { payload } = await jwtVerify(token.trim(), keys, { issuer, algorithms: ['ES256'] });
      console.log(`ok ${payload.sub} ${decodeProtectedHeader(token.trim()).kid}`);
    } catch (refused) {
      console.log(`refused ${refused.code || refused.name}`);
    }
  }
}

main().catch((failure) => {
  console.log(`failed ${failure.message}`);
  process.exit(1);
});
