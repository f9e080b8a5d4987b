package scot.cairn.platform.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import scot.cairn.platform.Message;

/**
 * A request whose body may be read up to a number of bytes. A body that says in advance it is longer fails on its first
 * read, before anything is parsed; one sent without a length (chunked) fails as soon as it passes the limit.
 */
final class LimitedBody extends HttpServletRequestWrapper {

    private final long max;
    private final Message refusal;
    private ServletInputStream stream;

    LimitedBody(HttpServletRequest request, long max, Message refusal) {
        super(request);
        this.max = max;
        this.refusal = refusal;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (stream == null) {
            stream = new Counting(super.getInputStream());
        }
        return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
        String encoding = getCharacterEncoding();
        Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }

    private final class Counting extends ServletInputStream {

        private final ServletInputStream in;
        private long read;

        Counting(ServletInputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            check(0);
            int b = in.read();
            if (b >= 0) {
                check(++read);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            check(0);
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                read += n;
                check(read);
            }
            return n;
        }

        private void check(long count) throws BodyLimit.TooLarge {
            if (getContentLengthLong() > max || count > max) {
                throw new BodyLimit.TooLarge(refusal);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
