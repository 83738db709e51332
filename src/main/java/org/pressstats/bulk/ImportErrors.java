package org.pressstats.bulk;

import java.util.ArrayList;
import java.util.List;

import org.pressstats.common.Problem;
import org.pressstats.common.ProblemException;
import org.pressstats.common.ProblemType;

/** Every bad row of an import, with where (line, column), the value and what is wrong; the first thousand are listed. */
final class ImportErrors {

    static final int LISTED = 1000;

    private final List<Problem.FieldError> listed = new ArrayList<>();
    private long count;

    void add(int line, String column, String value, String message) {
        count++;
        if (listed.size() < LISTED) {
            listed.add(new Problem.FieldError(column, message, line, value));
        }
    }

    boolean any() {
        return count > 0;
    }

    int count() {
        return (int) Math.min(Integer.MAX_VALUE, count);
    }

    /** 400 for a file that is not of the format it claims (wrong header, unknown columns), 422 for bad rows. */
    ProblemException problem(boolean fileShape) {
        String detail = count + " error" + (count == 1 ? "" : "s") + " in the file" + (count > LISTED ? "; the first "
                + LISTED + " are listed" : "") + "; nothing was written";
        return new ProblemException(fileShape ? ProblemType.VALIDATION : ProblemType.UNPROCESSABLE, detail, listed);
    }
}
