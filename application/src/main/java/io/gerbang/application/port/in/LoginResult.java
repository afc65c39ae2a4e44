package io.gerbang.application.port.in;

public record LoginResult(TokenPair tokens, UserProfile user) implements SignInOutcome {
}
