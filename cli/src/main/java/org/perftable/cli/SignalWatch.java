package org.perftable.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * SIGINT and SIGTERM while a batch runs: instead of the JVM's default (exit at once, temporary files
 * and an old report left behind), the batch is told, so it can end in order. The handlers the JVM had
 * are put back on {@link #close()}.
 */
final class SignalWatch implements AutoCloseable {

    private final Map<Signal, SignalHandler> previous = new LinkedHashMap<>();
    private volatile String received;

    /** @param onSignal told the signal's name ({@code SIGINT}, {@code SIGTERM}) on the first one */
    SignalWatch(Consumer<String> onSignal) {
        for (String name : new String[] {"INT", "TERM"}) {
            Signal signal = new Signal(name);
            previous.put(signal, Signal.handle(signal, caught -> {
                if (received == null) {
                    received = "SIG" + caught.getName();
                    onSignal.accept(received);
                }
            }));
        }
    }

    /** The signal received, or null. */
    String received() {
        return received;
    }

    @Override
    public void close() {
        previous.forEach(Signal::handle);
    }
}
