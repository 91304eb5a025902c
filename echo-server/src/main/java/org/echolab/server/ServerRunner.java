package org.echolab.server;

import java.io.IOException;
import java.net.BindException;
import java.util.concurrent.CountDownLatch;
import org.echolab.cli.ExitCodes;
import org.echolab.cli.UserException;

/** Runs a started server until Ctrl-C: a shutdown hook closes the listener and every connection. */
public final class ServerRunner {
    /** Starts a server; may fail with a {@link BindException}. */
    public interface Starter {
        AutoCloseable start() throws IOException;
    }

    private ServerRunner() {
    }

    public static int runUntilInterrupted(Starter starter, int port, ServerLog log) throws InterruptedException {
        AutoCloseable server;
        try {
            server = starter.start();
        } catch (BindException e) {
            throw new UserException("server.error.bind", Integer.toString(port), e.getMessage());
        } catch (IOException e) {
            throw new UserException("server.error.start", log.reason(e));
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                log.line("server.error.stop", log.reason(e));
            } finally {
                stopped.countDown();
            }
        }, "echo-server-shutdown"));
        stopped.await();
        return ExitCodes.OK;
    }
}
