import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * The bare PostgreSQL notification under the cross-node figures (cross-node.sh): one connection commits
 * {@code SELECT pg_notify(channel, payload)}, another waits in {@code getNotifications} as a node's
 * listener does, one notification at a time. Timed from the commit's answer (as the REST answer of a
 * change is, in cross-node.mjs) and from the statement's start. Run with the service's pgjdbc:
 * {@code java -cp bootstrap/target/atrium.jar bootstrap/bench/NotifyRoundTrip.java <jdbc url> <user> <channel> [rounds]}
 */
public final class NotifyRoundTrip {
    private static final int WARM_UP = 50;

    public static void main(String[] args) throws Exception {
        String url = args[0], user = args[1], channel = args[2];
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 500;
        BlockingQueue<Long> heard = new LinkedBlockingQueue<>();
        try (Connection listening = DriverManager.getConnection(url, user, "");
             Connection notifying = DriverManager.getConnection(url, user, "")) {
            try (Statement listen = listening.createStatement()) {
                listen.execute("LISTEN " + channel);
            }
            PGConnection listenerSide = listening.unwrap(PGConnection.class);
            Thread listener = new Thread(() -> listen(listenerSide, heard), "listener");
            listener.setDaemon(true);
            listener.start();
            long[] fromCommit = new long[rounds], fromStart = new long[rounds];
            try (PreparedStatement notify = notifying.prepareStatement("SELECT pg_notify(?, ?)")) {
                notify.setString(1, channel);
                for (int i = -WARM_UP; i < rounds; i++) {
                    notify.setString(2, Integer.toString(i));
                    long start = System.nanoTime();
                    notify.execute();
                    long committed = System.nanoTime();
                    Long arrival = heard.poll(5, TimeUnit.SECONDS);
                    if (arrival == null) {
                        throw new IllegalStateException("notification " + i + " not heard within 5 s");
                    }
                    if (i >= 0) {
                        fromCommit[i] = arrival - committed;
                        fromStart[i] = arrival - start;
                    }
                }
            }
            System.out.printf("%d notifications: from the commit's answer p50 %s / p99 %s ms; from the statement's start p50 %s / p99 %s ms%n",
                    rounds, quantile(fromCommit, 0.5), quantile(fromCommit, 0.99), quantile(fromStart, 0.5), quantile(fromStart, 0.99));
        }
    }

    private static void listen(PGConnection connection, BlockingQueue<Long> heard) {
        try {
            while (true) {
                PGNotification[] batch = connection.getNotifications(1000);
                long arrival = System.nanoTime();
                for (int n = 0; batch != null && n < batch.length; n++) {
                    heard.add(arrival);
                }
            }
        } catch (Exception closedAtTheEnd) {
            // The main thread closed the connection: nothing more to hear.
        }
    }

    private static String quantile(long[] nanos, double q) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format("%.2f", sorted[Math.min(sorted.length - 1, (int) (q * sorted.length))] / 1e6);
    }
}
