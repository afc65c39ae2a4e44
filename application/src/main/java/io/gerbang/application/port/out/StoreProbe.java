package io.gerbang.application.port.out;

/** Answers whether one backing store is reachable right now. */
public interface StoreProbe {

    String store();

    boolean reachable();
}
