"""A Python service that checks Gerbang's access tokens the way its authors would, with PyJWT: it knows only the
issuer of one tenant, reads the issuer's metadata for its jwks_uri, and verifies each token with PyJWKClient and
jwt.decode (ES256, that issuer). It keeps its key client across tokens, as a running service does. One token a
line on stdin; one answer a line on stdout: "ok <sub> <kid>" or "refused <PyJWT's error>"."""
import json
import sys
import urllib.request

import jwt


def main():
    issuer = sys.argv[1]
    with urllib.request.urlopen(issuer + "/.well-known/openid-configuration") as answer:
        metadata = json.load(answer)
    if metadata["issuer"] != issuer:
        raise SystemExit("the metadata names another issuer: " + metadata["issuer"])
    keys = jwt.PyJWKClient(metadata["jwks_uri"], cache_keys=True)
    print("ready", flush=True)
    for line in sys.stdin:
        token = line.strip()
        try:
            key = keys.get_signing_key_from_jwt(token)
            claims = jwt.decode(token, key.key, algorithms=["ES256"], issuer=issuer,
                                options={"verify_aud": False, "require": ["exp", "iss", "sub"]})
            print("ok", claims["sub"], jwt.get_unverified_header(token)["kid"], flush=True)
        except jwt.PyJWTError as refused:
            print("refused", type(refused).__name__, flush=True)


if __name__ == "__main__":
    main()
