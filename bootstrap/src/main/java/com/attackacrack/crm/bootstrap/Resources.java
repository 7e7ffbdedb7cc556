package com.attackacrack.crm.bootstrap;

import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Everything a process opened, closed in reverse order once, even when one of them fails to close. */
final class Resources implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Resources.class);

    private final Deque<Named> opened = new ArrayDeque<>();

    private record Named(String name, AutoCloseable resource) {
    }

    <T extends AutoCloseable> T add(String name, T resource) {
        synchronized (opened) {
            opened.push(new Named(name, resource));
        }
        return resource;
    }

    @Override
    public void close() {
        while (true) {
            Named next;
            synchronized (opened) {
                next = opened.poll();
            }
            if (next == null) {
                return;
            }
            try {
                next.resource().close();
            } catch (Exception e) {
                LOG.warn("Closing {} failed: {}", next.name(), e.toString());
            }
        }
    }
}
