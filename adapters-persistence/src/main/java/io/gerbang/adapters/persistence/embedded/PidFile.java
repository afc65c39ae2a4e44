package io.gerbang.adapters.persistence.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The process id an engine writes on its first line of a file, and whether that process is still there. */
final class PidFile {

    private PidFile() {}

    /** The id on the file's first line; -1 when there is no file, or no id in it. */
    static long read(Path file) {
        try (var lines = Files.lines(file)) {
            return lines.findFirst().map(String::strip).map(Long::parseLong).orElse(-1L);
        } catch (IOException | NumberFormatException | java.io.UncheckedIOException none) {
            return -1;
        }
    }

    /** Whether the process of that id exists (a paused one does). */
    static boolean alive(long pid) {
        return pid > 0 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
