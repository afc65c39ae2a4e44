package io.gerbang.application.port.out;

import io.gerbang.domain.twofactor.SignInChallenge;
import java.util.Optional;

/**
 * Half-finished sign-ins, shared by every node, each behind an opaque {@code mfa_token} (only a hash of it is
 * kept). Each change is atomic: a challenge gives one success, and dies at its wrong-code limit or its expiry.
 */
public interface SignInChallenges {

    /** Keeps the challenge until it expires; the token that stands for it. */
    String open(SignInChallenge challenge);

    /** Empty when the text is no live challenge's token. */
    Optional<SignInChallenge> find(String token);

    /** Counts a wrong code; the challenge is gone once its limit is reached. */
    void wrongCode(String token);

    /** Ends the challenge with its one success; false when another request ended it first. */
    boolean succeed(String token);
}
