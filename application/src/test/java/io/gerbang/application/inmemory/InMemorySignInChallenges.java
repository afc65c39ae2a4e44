package io.gerbang.application.inmemory;

import io.gerbang.application.port.out.SignInChallenges;
import io.gerbang.domain.twofactor.ChallengeToken;
import io.gerbang.domain.twofactor.SignInChallenge;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** Second-factor challenges in a map, each gone once it expires or dies, on the test's clock. */
public final class InMemorySignInChallenges implements SignInChallenges {

    private final Map<ChallengeToken, SignInChallenge> challenges = new HashMap<>();
    private final AtomicLong next = new AtomicLong();
    private final Clock clock;

    public InMemorySignInChallenges(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized ChallengeToken open(SignInChallenge challenge) {
        ChallengeToken token = new ChallengeToken("mfa-" + next.incrementAndGet());
        challenges.put(token, challenge);
        return token;
    }

    @Override
    public synchronized Optional<SignInChallenge> find(ChallengeToken token) {
        return Optional.ofNullable(challenges.get(token))
                .filter(challenge -> clock.instant().isBefore(challenge.expiresAt()));
    }

    @Override
    public synchronized boolean tryCode(ChallengeToken token) {
        Optional<SignInChallenge> found = find(token).filter(challenge -> !challenge.dead());
        found.ifPresent(challenge -> challenges.put(token, challenge.afterWrongCode()));
        return found.isPresent();
    }

    @Override
    public synchronized boolean succeed(ChallengeToken token) {
        return find(token).map(challenge -> challenges.remove(token) != null).orElse(false);
    }
}
