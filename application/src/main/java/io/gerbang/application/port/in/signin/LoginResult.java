package io.gerbang.application.port.in.signin;

import io.gerbang.application.model.UserProfile;
import io.gerbang.application.port.in.session.TokenPair;

public record LoginResult(TokenPair tokens, UserProfile user) implements SignInOutcome {}
