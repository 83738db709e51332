package org.pressstats.draft;

import java.util.List;

import org.pressstats.report.Owner;
import org.pressstats.report.Platform;

/** The owners and platforms a sentence's tokens name, read once: outside quotes, or in an account's quoted name. */
final class Names {

    private final List<Token> tokens;
    private final boolean[] quoted;
    private Owner[] owners;
    private Platform[] platforms;
    /** The stem of the mayor's surname that the text gives, or null. */
    private String mayorName;

    Names(List<Token> tokens, boolean[] quoted) {
        this.tokens = tokens;
        this.quoted = quoted;
    }

    /** «[Глава города](https://t.me/glava_lbt89)»: a Markdown link's address, which the reader does not see, names nothing. */
    private boolean[] linkTargets() {
        boolean[] target = new boolean[tokens.size()];
        for (int j = 1; j < tokens.size(); j++) {
            if (tokens.get(j).is("(") && tokens.get(j).adjacent() && tokens.get(j - 1).is("]")) {
                for (int k = j + 1; k < tokens.size() && !tokens.get(k).is(")") && !tokens.get(k).lineBreakBefore(); k++) {
                    target[k] = true;
                }
            }
        }
        return target;
    }

    /**
     * The owner token i names: outside quotes («Мэр на связи» is a show), or in the quoted name of an account («группа
     * «Администрация г. Шахты»», «канал «Андрей Ковалёв | Глава Шахт»»), or the mayor's surname once the text gave it.
     */
    Owner owner(int i) {
        if (owners == null) {
            owners = new Owner[tokens.size()];
            boolean[] link = linkTargets();
            for (int j = 0; j < owners.length; j++) {
                if (link[j]) {
                    continue;
                }
                owners[j] = quoted[j] && !inAccountName(j) ? null : OwnerWords.owner(tokens, j);
                if (owners[j] == null && MayorName.isForm(tokens.get(j), mayorName)) {
                    owners[j] = Owner.MAYOR; // «Олег Мартыненко — Телеграм-канал» after «Главы округа Олега Мартыненко»
                }
            }
        }
        return owners[i];
    }

    void mayor(String surnameStem) {
        this.mayorName = surnameStem;
        this.owners = null;
    }

    Platform platform(int i) {
        if (platforms == null) {
            platforms = new Platform[tokens.size()];
            boolean[] link = linkTargets();
            for (int j = 0; j < platforms.length; j++) {
                platforms[j] = link[j] ? null : Lexicon.platform(tokens.get(j));
            }
        }
        return platforms[i];
    }

    private boolean inAccountName(int i) {
        int open = i;
        while (open > 0 && quoted[open]) {
            open--;
        }
        return open > 0 && (tokens.get(open).is("«") || tokens.get(open).is("\"")) && Lexicon.isAccountWord(tokens.get(open - 1));
    }
}
