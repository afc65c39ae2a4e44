package io.gerbang.application.port.in.refusal;

/** What the command was about changed or went away while it ran. */
public final class ChangedMeanwhile extends Refused {

    public ChangedMeanwhile() {
        super("ChangedMeanwhile");
    }
}
