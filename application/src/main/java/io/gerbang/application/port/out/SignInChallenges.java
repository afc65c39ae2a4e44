package io.gerbang.application.port.out;

import io.gerbang.domain.twofactor.ChallengeToken;
import io.gerbang.domain.twofactor.SignInChallenge;
import java.util.Optional;

/**
 * Half-finished sign-ins, shared by every node, each behind an opaque {@code mfa_token} (only a hash of it is
 * kept). Each change is atomic: a challenge gives one success, and dies at its wrong-code limit or its expiry.
 */
public interface SignInChallenges {

    /** Keeps the challenge until it expires; the token that stands for it. */
    ChallengeToken open(SignInChallenge challenge);

    /** Empty when the text is no live challenge's token. */
    Optional<SignInChallenge> find(ChallengeToken token);

    /**
     * Takes one try of the challenge before a code is checked, counted as a wrong code unless it then succeeds:
     * false when the challenge is gone or its wrong codes are used up, so of parallel tries no more than
     * {@link SignInChallenge#WRONG_CODES_ALLOWED} are ever checked.
     */
    boolean tryCode(ChallengeToken token);

    /** Ends the challenge with its one success (after a try); false when another request ended it first. */
    boolean succeed(ChallengeToken token);
}
