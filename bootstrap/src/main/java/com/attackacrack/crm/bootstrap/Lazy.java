package com.attackacrack.crm.bootstrap;

import java.util.function.Supplier;

/** A value built on first use and then kept, so commands open connections only when they run. */
final class Lazy<T> implements Supplier<T> {

    private final Supplier<T> factory;
    private T value;

    Lazy(Supplier<T> factory) {
        this.factory = factory;
    }

    @Override
    public synchronized T get() {
        if (value == null) {
            value = factory.get();
        }
        return value;
    }
}
