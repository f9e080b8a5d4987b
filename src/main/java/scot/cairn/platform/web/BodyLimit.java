package scot.cairn.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import scot.cairn.platform.Message;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps what a request sends within the upload limit ({@code spring.servlet.multipart.max-file-size}), refusing a
 * request while it streams, before it is parsed. An uploaded file is read by the server's multipart parser, which
 * stops as soon as it passes the limit; a page's upload then goes back to its form with "The file is larger than 10 MB:
 * ..." in the error summary, and the API answers 413 with that message. Any other body (JSON, CSV) may be no larger
 * than a file, and is refused with 413 when it is ({@link LimitedBody}).
 *
 * <p>This runs before Spring Security, because a page's CSRF token is inside the multipart body: once the parser has
 * given up on a body that is too large, the token cannot be read and the upload would look like a forged request.
 */
@Configuration(proxyBeanMethods = false)
class BodyLimit {

    /** A body beyond the limit; an {@link IOException}, so that reading it fails like any broken body would. */
    static final class TooLarge extends IOException {
        private final transient Message refusal;

        TooLarge(Message refusal) {
            super(refusal.toString());
            this.refusal = refusal;
        }

        /** What to tell the sender. */
        Message refusal() {
            return refusal;
        }
    }

    /** The {@link TooLarge} among the causes of a failed read, or null. */
    static TooLarge tooLarge(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TooLarge tooLarge) {
                return tooLarge;
            }
        }
        return null;
    }

    @Bean
    FilterRegistrationBean<Filter> bodyLimitFilter(
            MultipartProperties multipart, JsonMapper json, MessageSource messages, LocaleResolver locales) {
        var registration =
                new FilterRegistrationBean<>(new Filter(multipart.getMaxFileSize(), json, messages, locales));
        // After the character encoding is set, before Spring Security reads the CSRF token.
        registration.setOrder(-200);
        return registration;
    }

    /** "10 MB", "512 KB" or "100 bytes". */
    static String words(DataSize size) {
        long mb = DataSize.ofMegabytes(1).toBytes();
        if (size.toBytes() >= mb && size.toBytes() % mb == 0) {
            return size.toMegabytes() + " MB";
        }
        if (size.toBytes() >= 1024 && size.toBytes() % 1024 == 0) {
            return size.toKilobytes() + " KB";
        }
        return size.toBytes() + " bytes";
    }

    static final class Filter extends OncePerRequestFilter {

        private final long max;
        private final Message fileRefusal;
        private final Message bodyRefusal;
        private final JsonMapper json;
        private final MessageSource messages;
        private final LocaleResolver locales;

        Filter(DataSize max, JsonMapper json, MessageSource messages, LocaleResolver locales) {
            this.max = max.toBytes();
            this.fileRefusal = Message.of("platform.upload.fileTooLarge", words(max));
            this.bodyRefusal = Message.of("platform.upload.bodyTooLarge", words(max));
            this.json = json;
            this.messages = messages;
            this.locales = locales;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (multipart(request)) {
                if (partsTooLarge(request)) {
                    refuse(request, response);
                    return;
                }
                chain.doFilter(request, response);
            } else if (request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null) {
                chain.doFilter(new LimitedBody(request, max, bodyRefusal), response);
            } else {
                chain.doFilter(request, response);
            }
        }

        private static boolean multipart(HttpServletRequest request) {
            String type = request.getContentType();
            return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
        }

        /**
         * Parses the parts now, so a size refusal is seen here; the parts are kept for the page. Other failures are left
         * for Spring to report when it reads the parts.
         */
        private static boolean partsTooLarge(HttpServletRequest request) throws IOException {
            try {
                request.getParts();
                return false;
            } catch (IllegalStateException | ServletException e) {
                return sizeExceeded(e);
            }
        }

        /** The server's parser says so in its message, as Spring's own multipart support also reads it. */
        private static boolean sizeExceeded(Throwable failure) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
                if (message.contains("size") && message.contains("exceed")) {
                    return true;
                }
            }
            return false;
        }

        private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
            String path = request.getRequestURI();
            if (path.startsWith(request.getContextPath() + "/api/")) {
                response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                response.setContentType("application/problem+json");
                json.writeValue(response.getOutputStream(), problem(path, text(fileRefusal, request), request));
                return;
            }
            var flash = new FlashMap();
            flash.put(Uploads.REFUSED, text(fileRefusal, request));
            flash.setTargetRequestPath(path);
            new SessionFlashMapManager().saveOutputFlashMap(flash, request, response);
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", path);
        }

        private String text(Message message, HttpServletRequest request) {
            return messages.getMessage(message, locales.resolveLocale(request));
        }

        private Map<String, Object> problem(String path, String refusal, HttpServletRequest request) {
            return Map.of(
                    "type",
                    "about:blank",
                    "title",
                    text(Message.of("platform.problem.tooLarge"), request),
                    "status",
                    HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "detail",
                    refusal,
                    "instance",
                    path,
                    "errors",
                    List.of(Map.of("field", "file", "message", refusal)));
        }
    }
}
