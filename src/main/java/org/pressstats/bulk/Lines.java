package org.pressstats.bulk;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.pressstats.common.JsonProblems;
import org.pressstats.common.Problem;
import org.pressstats.common.ProblemException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** NDJSON read line by line: each non-blank line one JSON document; a line that is not is an error of that line. */
final class Lines {

    /** Receives each document with its line. */
    interface Documents<T> {
        void document(int line, T document);
    }

    private Lines() {
    }

    /** @return the number of documents read */
    static <T> long read(InputStream in, ObjectMapper json, Class<T> type, Documents<T> documents, ImportErrors errors) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        long count = 0;
        int line = 0;
        try {
            String text;
            while ((text = reader.readLine()) != null) {
                line++;
                if (line == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                if (text.isBlank()) {
                    continue;
                }
                count++;
                T document;
                try {
                    document = json.readValue(text, type);
                } catch (JsonProcessingException e) {
                    ProblemException problem = JsonProblems.of(e);
                    if (problem.errors.isEmpty()) {
                        errors.add(line, null, null, problem.getMessage());
                    }
                    for (Problem.FieldError error : problem.errors) {
                        errors.add(line, error.field(), null, error.message());
                    }
                    continue;
                }
                if (document == null) { // the line is JSON's null
                    errors.add(line, null, null, "must be a JSON object, not null");
                    continue;
                }
                documents.document(line, document);
            }
        } catch (CharacterCodingException e) {
            throw ProblemException.badRequest("body", "is not UTF-8 text (line " + (line + 1) + "): save the file as UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (count == 0) {
            throw ProblemException.badRequest("body", "is empty: an NDJSON import has one JSON document per line");
        }
        return count;
    }
}
