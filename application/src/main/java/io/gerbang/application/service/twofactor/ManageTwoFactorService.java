package io.gerbang.application.service.twofactor;

import io.gerbang.application.model.Principal;
import io.gerbang.application.port.in.refusal.ChangedMeanwhile;
import io.gerbang.application.port.in.refusal.SessionEnded;
import io.gerbang.application.port.in.refusal.TwoFactorAlreadyOn;
import io.gerbang.application.port.in.refusal.TwoFactorNotOn;
import io.gerbang.application.port.in.refusal.TwoFactorNotSetUp;
import io.gerbang.application.port.in.refusal.WrongSecondFactorCode;
import io.gerbang.application.port.in.twofactor.ManageTwoFactor;
import io.gerbang.application.port.out.ProfileChanges;
import io.gerbang.application.port.out.SecurityEvents;
import io.gerbang.application.port.out.SecurityEvents.Event;
import io.gerbang.application.port.out.SecurityEvents.Kind;
import io.gerbang.application.port.out.Sessions;
import io.gerbang.application.port.out.Totp;
import io.gerbang.application.port.out.TwoFactorSecrets;
import io.gerbang.application.port.out.Users;
import io.gerbang.domain.twofactor.SecondFactorCode;
import io.gerbang.domain.twofactor.SecondFactorCode.RecoveryCode;
import io.gerbang.domain.twofactor.TotpSecret;
import io.gerbang.domain.user.User;
import java.util.List;

/**
 * A person's own two-factor. Setting up while it is on, enabling without a setup or while on, and disabling
 * while off are refused ({@link TwoFactorAlreadyOn}, {@link TwoFactorNotSetUp}, {@link TwoFactorNotOn}); a wrong code
 * is
 * a {@link WrongSecondFactorCode}; nothing is written on a refusal.
 */
public class ManageTwoFactorService implements ManageTwoFactor {

    private final Users users;
    private final TwoFactorSecrets secrets;
    private final Totp totp;
    private final SecondFactorCheck check;
    private final Sessions sessions;
    private final ProfileChanges profileChanges;
    private final SecurityEvents events;

    public ManageTwoFactorService(
            Users users,
            TwoFactorSecrets secrets,
            Totp totp,
            SecondFactorCheck check,
            Sessions sessions,
            ProfileChanges profileChanges,
            SecurityEvents events) {
        this.users = users;
        this.secrets = secrets;
        this.totp = totp;
        this.check = check;
        this.sessions = sessions;
        this.profileChanges = profileChanges;
        this.events = events;
    }

    @Override
    public Enrolment setUp(Principal caller) {
        User user = userOf(caller);
        if (user.twoFactorEnabled()) {
            throw new TwoFactorAlreadyOn();
        }
        TotpSecret secret = totp.newSecret();
        secrets.keepPending(user.id(), secret);
        Totp.Enrolment enrolment = totp.enrolment(secret, user.email().value());
        return new Enrolment(enrolment.secret(), enrolment.uri());
    }

    @Override
    public List<String> enable(Enable query) {
        Principal caller = query.caller();
        SecondFactorCode.TotpCode code = query.code();
        User user = userOf(caller);
        if (user.twoFactorEnabled()) {
            throw new TwoFactorAlreadyOn();
        }
        TotpSecret pending = secrets.pending(user.id()).orElseThrow(() -> new TwoFactorNotSetUp());
        if (!check.totpProves(user.id(), pending, code, check.now())) {
            throw new WrongSecondFactorCode();
        }
        List<RecoveryCode> codes = totp.newRecoveryCodes(RecoveryCode.COUNT);
        if (!secrets.enable(user.id(), pending, codes, check.now())) {
            // on meanwhile, or a new setup replaced the secret this code proved: the person confirms that one
            throw userOf(caller).twoFactorEnabled() ? new TwoFactorAlreadyOn() : new ChangedMeanwhile();
        }
        changed(caller);
        events.record(Event.of(Kind.TWO_FACTOR_ENABLED, caller.tenant(), caller.user()));
        return codes.stream().map(RecoveryCode::shown).toList();
    }

    @Override
    public void disable(Disable query) {
        Principal caller = query.caller();
        SecondFactorCode code = query.code();
        User user = userOf(caller);
        if (!user.twoFactorEnabled()) {
            throw new TwoFactorNotOn();
        }
        if (!check.proves(user.id(), code)) {
            throw new WrongSecondFactorCode();
        }
        secrets.disable(user.id(), check.now());
        changed(caller);
        events.record(Event.of(Kind.TWO_FACTOR_DISABLED, caller.tenant(), caller.user()));
    }

    private void changed(Principal caller) {
        profileChanges.changed(caller.user());
        sessions.endAllOf(caller.tenant(), caller.user(), caller.session());
    }

    private User userOf(Principal caller) {
        return users.byId(caller.tenant(), caller.user()).orElseThrow(() -> new SessionEnded());
    }
}
