package io.gerbang.application.port.out;

import java.util.function.Supplier;

/**
 * Makes several writes to the database one change: every write the work makes through the database's ports is
 * kept, or none is (a store that goes away between two of them leaves nothing half-written). Redis is not part
 * of it: what a use case does there comes after the work.
 */
public interface Transactions {

    <T> T inOne(Supplier<T> work);
}
