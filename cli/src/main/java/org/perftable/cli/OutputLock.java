package org.perftable.cli;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * {@code DIR/.perftable.lock}: held by the one run writing an output directory, so that two runs
 * never write (and clean up after) the same outputs. The lock is the operating system's, so a run
 * killed at any moment lets go of it. The empty file stays: removing it would let a run that opened
 * it just before lock a file no longer at the path while a third run locks the new one.
 */
final class OutputLock implements Closeable {

    static final String FILE_NAME = ".perftable.lock";

    private static final long POLL_MILLIS = 200;

    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * The lock on the directory, or null when another run holds it and {@code wait} is false;
     * with {@code wait}, blocks until the other run ends.
     */
    static OutputLock acquire(Path directory, boolean wait) throws IOException, InterruptedException {
        Path file = directory.resolve(FILE_NAME);
        while (true) {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by another run in this JVM
            }
            if (lock != null) {
                return new OutputLock(channel, lock);
            }
            channel.close();
            if (!wait) {
                return null;
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
