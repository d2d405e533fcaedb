package io.twinnet.experiments.lab.store;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The process that holds (or held) a {@link DirectoryLock}, as it wrote itself into the lock file:
 * enough to tell the user who is writing, and to tell a live holder from a dead one.
 *
 * <p>A process id alone does not identify a process: the kernel reuses ids. So the holder also
 * records when its process started ({@link ProcessHandle.Info#startInstant()}); a live process with
 * that id but another start time is someone else.
 *
 * @param pid              the holder's process id
 * @param host             the host it runs on
 * @param processStartedAt ISO-8601 instant its process started, or null where the OS does not say
 * @param lockedAt         ISO-8601 instant it took the lock
 */
public record LockHolder(long pid, String host, String processStartedAt, String lockedAt) {
    /**
     * Start instants of one process read by two JVMs agree to the clock tick (10 ms on Linux); a
     * different process that got the same id starts later than this by far more.
     */
    private static final Duration SAME_START = Duration.ofSeconds(1);

    public LockHolder {
        if (pid < 1) throw new IllegalArgumentException("pid: must be positive, got " + pid);
        if (host == null || host.isBlank()) throw new IllegalArgumentException("host: is missing");
        if (processStartedAt != null) instant("processStartedAt", processStartedAt);
        if (lockedAt == null) throw new IllegalArgumentException("lockedAt: is missing");
        instant("lockedAt", lockedAt);
    }

    /** This JVM's process, taking a lock at {@code now}. */
    public static LockHolder thisProcess(Instant now) {
        ProcessHandle self = ProcessHandle.current();
        return new LockHolder(self.pid(), thisHost(), self.info().startInstant().map(Instant::toString).orElse(null), now.toString());
    }

    /** The name of this host, or {@code localhost} when it has none. */
    public static String thisHost() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    /**
     * Whether this holder's process is still running, seen from {@code host}: it runs there, a
     * process with its id is alive, and that process started when the holder did (where both start
     * times are known). A holder on another host cannot be checked and is reported as not running here.
     */
    public boolean isRunningOn(String host) {
        if (!this.host.equals(host)) return false;
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) return false;
        Optional<Instant> started = process.get().info().startInstant();
        if (processStartedAt == null || started.isEmpty()) return true;
        return Duration.between(Instant.parse(processStartedAt), started.get()).abs().compareTo(SAME_START) < 0;
    }

    /** Whether this is the description of the current JVM's process. */
    public boolean isThisProcess() {
        return pid == ProcessHandle.current().pid() && host.equals(thisHost());
    }

    /** {@code process 1234 on host h, started <instant>, holding the lock since <instant>}. */
    public String describe() {
        return "process " + pid + " on host " + host + ", started " + (processStartedAt == null ? "at an unknown time" : processStartedAt)
                + ", holding the lock since " + lockedAt;
    }

    private static void instant(String field, String text) {
        try {
            Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + ": not an ISO-8601 instant: '" + text + "'");
        }
    }
}
