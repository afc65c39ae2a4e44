"""The desktop connector's sign-in, as connector/src/core/auth_service.py does it against its FastAPI backend.

Usage: auth_service.py BASE_URL_A BASE_URL_B -- the connector's base URL on two nodes of one Gerbang.
"""
import json
import sys
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass


@dataclass
class AuthToken:
    access_token: str
    refresh_token: str
    user_id: str
    email: str


class ApiError(Exception):
    def __init__(self, status, body):
        super().__init__(f"{status}: {body}")
        self.status = status
        self.body = body


class AuthService:
    def __init__(self, base_url):
        self.base_url = base_url.rstrip("/")
        self.token = None

    def _call(self, method, path, json_body=None, form=None, bearer=None):
        headers = {"Accept": "application/json"}
        data = None
        if json_body is not None:
            data = json.dumps(json_body).encode()
            headers["Content-Type"] = "application/json"
        if form is not None:
            data = urllib.parse.urlencode(form).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        if bearer:
            headers["Authorization"] = f"Bearer {bearer}"
        request = urllib.request.Request(self.base_url + path, data=data, headers=headers, method=method)
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return json.loads(response.read())
        except urllib.error.HTTPError as error:
            raise ApiError(error.code, json.loads(error.read()))

    def login(self, email, password):
        data = self._call("POST", "/api/v1/auth/login", {"email": email, "password": password})
        self.token = AuthToken(
            access_token=data["access_token"],
            refresh_token=data.get("refresh_token", ""),
            user_id=data.get("user_id", ""),
            email=email,
        )
        return self.token

    def login_form(self, username, password):
        """The OAuth2 password form, as FastAPI's OAuth2PasswordRequestForm reads it."""
        data = self._call("POST", "/api/v1/auth/login", form={"username": username, "password": password})
        self.token = AuthToken(data["access_token"], data.get("refresh_token", ""), data.get("user_id", ""),
                               username)
        return self.token

    def refresh(self):
        data = self._call("POST", "/api/v1/auth/refresh", {"refresh_token": self.token.refresh_token})
        self.token = AuthToken(data["access_token"], data.get("refresh_token", ""), data.get("user_id", ""),
                               self.token.email)
        return self.token

    def me(self):
        return self._call("GET", "/api/v1/auth/me", bearer=self.token.access_token)

    def logout(self):
        return self._call("POST", "/api/v1/auth/logout", {"refresh_token": self.token.refresh_token})


def step(name, check):
    try:
        check()
    except Exception as failure:  # noqa: BLE001 - every failure of a step is reported the same way
        print(f"step failed: {name}: {failure!r}")
        sys.exit(1)
    print(f"ok: {name}")


def main(base_a, base_b):
    on_a, on_b = AuthService(base_a), AuthService(base_b)

    def signs_in():
        token = on_a.login("naruto@company.com", "password123")
        assert token.user_id == "2", token.user_id
        assert token.access_token and token.refresh_token

    def reads_who_it_is_on_the_other_node():
        on_b.token = on_a.token
        me = on_b.me()
        assert me["email"] == "naruto@company.com" and me["id"] == 2, me

    def refreshes_twice_across_nodes():
        first = on_b.token.refresh_token
        on_b.refresh()
        on_a.token = on_b.token
        on_a.refresh()
        assert on_a.token.user_id == "2" and on_a.token.refresh_token != first
        assert on_a.me()["user_identity"] == "100000001"

    def an_unknown_refresh_token_is_refused_in_its_shape():
        stranger = AuthService(base_a)
        stranger.token = AuthToken("", "ab" * 32, "", "")
        try:
            stranger.refresh()
            raise AssertionError("an unknown refresh token was taken")
        except ApiError as refused:
            assert refused.status == 401, refused.status
            assert refused.body["code"] == "REFRESH_TOKEN_INVALID" and isinstance(refused.body["detail"], str)

    def signs_in_with_the_password_form():
        form = AuthService(base_b)
        assert form.login_form("100000003", "password123").user_id == "4"

    def a_wrong_password_is_a_401_with_detail():
        try:
            AuthService(base_a).login("naruto@company.com", "wrong-password")
            raise AssertionError("a wrong password was taken")
        except ApiError as refused:
            assert refused.status == 401, refused.status
            assert refused.body == {"detail": "invalid credentials", "code": "INVALID_CREDENTIALS"}, refused.body

    def a_body_without_its_password_is_fastapis_422():
        try:
            AuthService(base_a)._call("POST", "/api/v1/auth/login", {"email": "naruto@company.com"})
            raise AssertionError("a login without a password was taken")
        except ApiError as refused:
            assert refused.status == 422, refused.status
            assert refused.body["detail"][0]["loc"] == ["body", "password"], refused.body
            assert refused.body["detail"][0]["type"] == "value_error"

    def logs_out():
        assert "message" in on_a.logout()
        try:
            on_a.me()
            raise AssertionError("the session outlived its logout")
        except ApiError as refused:
            assert refused.status == 401 and refused.body["code"] == "SESSION_REVOKED", refused.body

    for name, check in [("signs in", signs_in),
                        ("reads who it is on the other node", reads_who_it_is_on_the_other_node),
                        ("refreshes twice across nodes", refreshes_twice_across_nodes),
                        ("an unknown refresh token is refused in its shape",
                         an_unknown_refresh_token_is_refused_in_its_shape),
                        ("signs in with the password form", signs_in_with_the_password_form),
                        ("a wrong password is a 401 with detail", a_wrong_password_is_a_401_with_detail),
                        ("a body without its password is FastAPI's 422", a_body_without_its_password_is_fastapis_422),
                        ("logs out", logs_out)]:
        step(name, check)
    print("every step passed")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
