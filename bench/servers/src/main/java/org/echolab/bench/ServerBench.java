package org.echolab.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Runs the echo-server benchmarks and prints one table. Every server runs in its own child
 * JVM on 127.0.0.1; the load runs in this JVM. The kit's plain server and Netty's echo server
 * alternate (kit, Netty, kit, Netty ...) so that both see the same machine load.
 *
 * <pre>
 * ServerBench --server-jar echo-server.jar --bench-jar echo-bench-servers.jar [--seconds 10]
 *             [--rounds 3] [--clients 1000] [--paced-rate 20000] [--handshake-clients 32]
 *             [--only plain|secure] [--server-jvm-args "-XX:..."]  (e.g. a flight recording)
 * </pre>
 */
final class ServerBench {
    private ServerBench() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Path work = Files.createTempDirectory("echo-bench");
        long warmup = TimeUnit.SECONDS.toNanos(2);
        long measure = TimeUnit.SECONDS.toNanos(options.seconds);
        long interval = TimeUnit.SECONDS.toNanos(1) * options.clients / options.pacedRate;
        if (!options.only.equals("secure")) {
            plain(options, work, warmup, measure, interval);
        }
        if (!options.only.equals("plain")) {
            secure(options, work, warmup, measure);
        }
    }

    private static void plain(Options options, Path work, long warmup, long measure, long interval) throws Exception {
        List<String> rows = new ArrayList<>();
        List<Double> kit = new ArrayList<>();
        List<Double> netty = new ArrayList<>();
        for (int round = 1; round <= options.rounds; round++) {
            for (String server : List.of("kit plain", "netty")) {
                int port = freePort();
                List<String> command = server.equals("netty")
                        ? javaCommand("", "-cp", options.benchJar, NettyEchoServer.class.getName(), Integer.toString(port))
                        : javaCommand(options.serverJvmArgs, "-jar", options.serverJar, "plain", "--port", Integer.toString(port),
                                "--max-clients", "10000");
                try (Child child = Child.start(command, work.resolve("server-" + round + "-" + server.replace(' ', '-') + ".log"), port)) {
                    EchoLoad.Result closed = EchoLoad.run(port, options.clients, 2, warmup, measure, 0);
                    EchoLoad.Result paced = EchoLoad.run(port, options.clients, 2, warmup, measure, interval);
                    rows.add(String.format(Locale.ROOT, "%-10s %5d %12.0f %9.2f %9.2f %11.0f %9.2f %9.2f %6d",
                            server, round, closed.perSecond(), closed.millis(50), closed.millis(99),
                            paced.perSecond(), paced.millis(50), paced.millis(99),
                            closed.mismatches() + paced.mismatches()));
                    System.out.println("# " + rows.get(rows.size() - 1));
                    (server.equals("netty") ? netty : kit).add(closed.perSecond());
                }
            }
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "Plain echo: %d clients, %d-byte messages, %d s measured after 2 s warm-up; "
                + "paced = %d round trips/s offered in total, latency from the scheduled send time%n",
                options.clients, EchoLoad.MESSAGE_SIZE, options.seconds, options.pacedRate);
        System.out.printf("%-10s %5s %12s %9s %9s %11s %9s %9s %6s%n", "server", "round",
                "closed rt/s", "p50 ms", "p99 ms", "paced rt/s", "p50 ms", "p99 ms", "bad");
        rows.forEach(System.out::println);
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < kit.size(); i++) {
            ratios.add(kit.get(i) / netty.get(i));
        }
        System.out.printf(Locale.ROOT, "kit / netty closed-loop round trips/s, per round: %s; median %.2f x (target >= 0.8)%n",
                ratios.stream().map(r -> String.format(Locale.ROOT, "%.2f", r)).toList(), median(ratios));
    }

    private static void secure(Options options, Path work, long warmup, long measure) throws Exception {

        int port = freePort();
        Path key = work.resolve("server_key.pem");
        List<String> secure = javaCommand(options.serverJvmArgs, "-jar", options.serverJar, "secure", "--port", Integer.toString(port),
                "--key", key.toString(), "--max-clients", "10000");
        HandshakeLoad.Result handshakes;
        try (Child child = Child.start(secure, work.resolve("server-secure.log"), port)) {
            handshakes = HandshakeLoad.run(port, options.handshakeClients, warmup, measure);
        }
        double rsa = OpensslSpeed.rsa2048SignsPerSecond();
        System.out.println();
        System.out.printf(Locale.ROOT, "Secure handshakes (connect, key record, wrapped key, one record round trip, close),"
                + " %d client threads, %d s measured:%n", options.handshakeClients, options.seconds);
        System.out.printf(Locale.ROOT, "  kit secure server   %8.0f handshakes/s  (%d failed)%n",
                handshakes.perSecond(), handshakes.failures());
        System.out.printf(Locale.ROOT, "  openssl speed -seconds 5 rsa2048   %8.0f sign/s%n", rsa);
        System.out.printf(Locale.ROOT, "  ratio               %8.2f x  (target >= 0.5)%n", handshakes.perSecond() / rsa);
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static List<String> javaCommand(String jvmArgs, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx1g");
        for (String arg : jvmArgs.split(" ")) {
            if (!arg.isBlank()) {
                command.add(arg);
            }
        }
        command.addAll(List.of(args));
        return command;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** A server child process, killed (by its own handle) when the run ends. */
    record Child(Process process) implements AutoCloseable {
        static Child start(List<String> command, Path log, int port) throws IOException, InterruptedException {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < deadline) {
                try (Socket probe = new Socket("127.0.0.1", port)) {
                    return new Child(process);
                } catch (IOException notYet) {
                    if (!process.isAlive()) {
                        throw new IOException("server exited: " + Files.readString(log));
                    }
                    Thread.sleep(50);
                }
            }
            process.destroyForcibly();
            throw new IOException("server did not listen on " + port + " within 30 s: " + command);
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /** Command-line options; every figure is bounded in time. */
    record Options(String serverJar, String benchJar, int seconds, int rounds, int clients, int pacedRate,
                   int handshakeClients, String only, String serverJvmArgs) {
        static Options parse(String[] args) {
            String serverJar = null;
            String benchJar = null;
            int seconds = 10;
            int rounds = 3;
            int clients = 1000;
            int pacedRate = 20_000;
            int handshakeClients = 32;
            String only = "all";
            String serverJvmArgs = "";
            for (int i = 0; i + 1 < args.length; i += 2) {
                String value = args[i + 1];
                switch (args[i]) {
                    case "--server-jar" -> serverJar = value;
                    case "--bench-jar" -> benchJar = value;
                    case "--seconds" -> seconds = Integer.parseInt(value);
                    case "--rounds" -> rounds = Integer.parseInt(value);
                    case "--clients" -> clients = Integer.parseInt(value);
                    case "--paced-rate" -> pacedRate = Integer.parseInt(value);
                    case "--handshake-clients" -> handshakeClients = Integer.parseInt(value);
                    case "--only" -> only = value;
                    case "--server-jvm-args" -> serverJvmArgs = value;
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (serverJar == null || benchJar == null) {
                throw new IllegalArgumentException("--server-jar and --bench-jar are required");
            }
            return new Options(serverJar, benchJar, seconds, rounds, clients, pacedRate, handshakeClients, only,
                    serverJvmArgs);
        }
    }
}
