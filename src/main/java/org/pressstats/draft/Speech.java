package org.pressstats.draft;

import java.util.List;

/** Direct speech in quotes («„Мы выпустили более двух тысяч новостей“, — рассказала …»): a quote that is no name. */
final class Speech {

    /** A name in quotes («Братск – все для Победы», «Глава на связи») is shorter than this many words. */
    private static final int NAME_WORDS = 9;

    private Speech() {
    }

    /**
     * Which of the sentence's opening quote marks open speech: no closing mark in the sentence, many words before it, or
     * a comma and a dash after it.
     */
    static boolean[] opens(List<Token> tokens) {
        boolean[] speech = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).is("«") || tokens.get(i).is("„")) {
                speech[i] = isSpeech(tokens, i);
            }
        }
        return speech;
    }

    private static boolean isSpeech(List<Token> tokens, int open) {
        int depth = 1;
        int words = 0;
        for (int j = open + 1; j < tokens.size(); j++) {
            Token t = tokens.get(j);
            depth += t.is("«") || t.is("„") ? 1 : t.is("»") || t.is("“") ? -1 : 0;
            if (depth == 0) { // «…», — рассказала …: the author's words after a comma and a dash
                return words >= NAME_WORDS || j + 2 < tokens.size() && tokens.get(j + 1).is(",") && tokens.get(j + 2).isAnyOf("—–-");
            }
            words += t.isWord() ? 1 : 0;
        }
        return words >= 3; // a speech the sentence splitter cut at its full stop; «„Мы» alone stays a quote
    }
}
