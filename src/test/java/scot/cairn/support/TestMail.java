package scot.cairn.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The one real SMTP server (GreenMail) that every test application in this JVM sends to. It starts when the test run
 * starts (a launcher session listener, before any application context), on a free port that it hands to
 * {@code application-test.yml} as {@code cairn.test.smtp-port}, so that test runs side by side never share a server.
 * Tests find their own emails by address, as the server is shared by the whole run.
 */
public final class TestMail implements LauncherSessionListener {

    private static GreenMail server;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        server();
    }

    public static synchronized GreenMail server() {
        if (server == null) {
            int port;
            try (var socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
                port = socket.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException("No free port for the test mail server", e);
            }
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            System.setProperty("cairn.test.smtp-port", Integer.toString(port));
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    /** The emails the server has received for one address, oldest first. */
    public static List<MimeMessage> to(String address) {
        return Arrays.stream(server().getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients())
                                .anyMatch(r -> r.toString().contains(address));
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    /** The plain-text ("text/plain") or HTML ("text/html") version of an email. */
    public static String part(jakarta.mail.Part message, String type) {
        try {
            if (message.isMimeType(type)) {
                return (String) message.getContent();
            }
            if (message.getContent() instanceof jakarta.mail.Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    String found = part(multipart.getBodyPart(i), type);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        } catch (jakarta.mail.MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
