import com.sun.net.httpserver.HttpServer;
import java.io.FileWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The webhook receiver of scripts/cluster.sh (run as a single-file program: java Receiver.java PORT FILE):
 * answers every POST 200 and appends "deliveryId event claimId" to FILE, one line per arrival, so the
 * script can count each change's deliveries by id.
 */
public class Receiver {

    private static final Pattern CLAIM = Pattern.compile("\"claimId\":\"([0-9a-f-]{36})\"");

    public static void main(String[] args) throws IOException {
        PrintWriter out = new PrintWriter(new FileWriter(args[1], StandardCharsets.UTF_8, true), true);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[0])), 64);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Matcher claim = CLAIM.matcher(body);
            synchronized (out) {
                out.println(exchange.getRequestHeaders().getFirst("X-Credence-Delivery") + " "
                        + exchange.getRequestHeaders().getFirst("X-Credence-Event") + " " + (claim.find() ? claim.group(1) : "-"));
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
    }
}
