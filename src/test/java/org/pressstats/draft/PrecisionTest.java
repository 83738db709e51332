package org.pressstats.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pressstats.report.Qualifier;

/** The wording before or after a number decides its qualifier. */
class PrecisionTest {

    @ParameterizedTest(name = "«{0}» is {1}")
    @CsvSource(delimiter = '|', value = {
            "опубликовано 1 530 пресс-релизов | EXACT",
            "составило 10 000 подписчиков | EXACT",
            "более 500 запросов | AT_LEAST",
            "ответы более чем на 500 запросов | AT_LEAST",
            "свыше 600 ответов | AT_LEAST",
            "не менее 200 публикаций | AT_LEAST",
            "больше 6 млн просмотров | AT_LEAST",
            "преодолен порог в 10 тысяч подписчиков | AT_LEAST",
            "аудитория превысила 210 тыс. подписчиков | AT_LEAST",
            "аудитория перевалила за 88 тысяч | AT_LEAST",
            "преодолел отметку в 10 000 | AT_LEAST",
            "500 с лишним публикаций | AT_LEAST",
            "от 40 до 50 эфиров | AT_LEAST",
            "около 220 комментариев | APPROXIMATE",
            "порядка 700 обращений | APPROXIMATE",
            "примерно 480 фоторепортажей | APPROXIMATE",
            "почти 5 тысяч подписчиков | APPROXIMATE",
            "приблизительно 715 тыс. просмотров | APPROXIMATE",
            "~350 комментариев | APPROXIMATE",
            "подготовлено ок. 300 фоторепортажей | APPROXIMATE",
            "прибл. 5 тыс. подписчиков | APPROXIMATE",
            "в ОК. 300 фоторепортажей | EXACT",
            "не более 300 эфиров | APPROXIMATE",
            "подписчиков стало больше на 4 100 | EXACT",
            "ответили больше чем на 350 запросов | AT_LEAST",
            "Пресс-релизов стало больше: 1 450 против 1 210 | EXACT" })
    void qualifierFollowsTheWording(String text, Qualifier expected) {
        List<Token> tokens = new Tokenizer().tokenize(text, 0, text.length());
        NumberMention n = NumberReader.read(tokens).get(0);
        assertEquals(expected, Precision.of(tokens, n).qualifier());
    }
}
