package org.pressstats.draft;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * What a PDF's streams unpack to, counted as they unpack and given up past a limit: a few megabytes of deflated
 * blanks unpack to gigabytes, which PDFBox would parse for a minute (and buffer whole when asked for a stream).
 */
final class PdfSize {

    /** Thrown by the counting sink past the limit. */
    private static final class OverLimit extends IOException {
        private static final long serialVersionUID = 1L;

        OverLimit() {
            super(null, null);
        }
    }

    private long left;

    private PdfSize(long limit) {
        this.left = limit;
    }

    /** Whether every stream but the images (which the text does not need) unpacks to {@code limit} bytes in all. */
    static boolean within(PDDocument document, long limit) throws IOException {
        PdfSize size = new PdfSize(limit);
        COSDocument cos = document.getDocument();
        try {
            for (COSObjectKey key : List.copyOf(cos.getXrefTable().keySet())) {
                if (cos.getObjectFromPool(key).getObject() instanceof COSStream stream
                        && !COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
                    size.unpack(stream);
                }
            }
            return true;
        } catch (OverLimit e) {
            return false;
        }
    }

    private void unpack(COSStream stream) throws IOException {
        List<COSName> filters = new ArrayList<>();
        COSBase named = stream.getFilters();
        if (named instanceof COSName name) {
            filters.add(name);
        } else if (named instanceof COSArray array) {
            for (COSBase item : array) {
                if (item instanceof COSName name) {
                    filters.add(name);
                }
            }
        }
        try (InputStream raw = stream.createRawInputStream()) {
            InputStream in = raw;
            for (int i = 0; i < filters.size(); i++) {
                Sink out = new Sink(i < filters.size() - 1); // a chain's inner results are kept for the next filter
                FilterFactory.INSTANCE.getFilter(filters.get(i)).decode(in, out, stream, i);
                in = new ByteArrayInputStream(out.kept.toByteArray());
            }
            if (filters.isEmpty()) {
                spend(raw.transferTo(OutputStream.nullOutputStream()));
            }
        } catch (IOException | RuntimeException e) {
            // a stream PDFBox cannot unpack is not counted (reading the text skips it the same way); a filter may
            // also have caught the sink's refusal, so the count decides
        }
        if (left < 0) {
            throw new OverLimit();
        }
    }

    private void spend(long bytes) throws OverLimit {
        left -= bytes;
        if (left < 0) {
            throw new OverLimit();
        }
    }

    /** Counts what a filter writes; keeps it only when another filter reads it next. */
    private final class Sink extends OutputStream {
        final ByteArrayOutputStream kept = new ByteArrayOutputStream();
        private final boolean keep;

        Sink(boolean keep) {
            this.keep = keep;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] { (byte) b }, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            spend(length);
            if (keep) {
                kept.write(bytes, offset, length);
            }
        }
    }
}
