package org.pressstats.common;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/** Reads at most a number of bytes, then throws what the caller says: a body or an unpacked file past its limit. */
public final class LimitedInputStream extends FilterInputStream {

    private final long limit;
    private final Supplier<? extends RuntimeException> exceeded;
    private long read;

    public LimitedInputStream(InputStream in, long limit, Supplier<? extends RuntimeException> exceeded) {
        super(in);
        this.limit = limit;
        this.exceeded = exceeded;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        count(b < 0 ? 0 : 1);
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        count(Math.max(n, 0));
        return n;
    }

    private void count(int n) {
        read += n;
        if (read > limit) {
            throw exceeded.get();
        }
    }
}
