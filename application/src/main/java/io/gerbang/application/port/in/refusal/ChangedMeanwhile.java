package io.gerbang.application.port.in.refusal;

import io.gerbang.domain.shared.Refused;

/** What the command was about changed or went away while it ran. */
public final class ChangedMeanwhile extends Refused {

    public ChangedMeanwhile() {
        super("ChangedMeanwhile");
    }
}
