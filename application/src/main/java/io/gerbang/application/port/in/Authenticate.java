package io.gerbang.application.port.in;

/** Proves who calls from a bearer access token: a genuine, unexpired token of a live session. */
public interface Authenticate {

    Principal authenticate(PresentedToken accessToken);
}
