package org.pressstats.draft;

import java.util.ArrayDeque;
import java.util.List;

/** Direct speech in quotes («„Мы выпустили более двух тысяч новостей“, — рассказала …»): a quote that is no name. */
final class Speech {

    /** A name in quotes («Братск – все для Победы», «Глава на связи») is shorter than this many words. */
    private static final int NAME_WORDS = 9;

    private Speech() {
    }

    /**
     * Which of the sentence's opening quote marks open speech: no closing mark in the sentence (the sentence splitter cut
     * the speech at its full stop; «„Мы» alone stays a quote), many words before it, or a comma and a dash after it.
     */
    static boolean[] opens(List<Token> tokens) {
        int n = tokens.size();
        int[] words = new int[n + 1]; // words before each token
        for (int i = 0; i < n; i++) {
            words[i + 1] = words[i] + (tokens.get(i).isWord() ? 1 : 0);
        }
        boolean[] speech = new boolean[n];
        ArrayDeque<Integer> open = new ArrayDeque<>();
        for (int j = 0; j < n; j++) {
            Token t = tokens.get(j);
            if (t.is("«") || t.is("„")) {
                open.push(j);
            } else if ((t.is("»") || t.is("“")) && !open.isEmpty()) {
                int o = open.pop(); // «…», — рассказала …: the author's words after a comma and a dash
                speech[o] = words[j] - words[o + 1] >= NAME_WORDS
                        || j + 2 < n && tokens.get(j + 1).is(",") && tokens.get(j + 2).isAnyOf("—–-");
            }
        }
        for (int o : open) {
            speech[o] = words[n] - words[o + 1] >= 3;
        }
        return speech;
    }
}
