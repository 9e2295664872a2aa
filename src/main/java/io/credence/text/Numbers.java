package io.credence.text;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers a text states, each written one way so that two texts can be compared by them:
 * "2,000" as 2000 (a thousands separator), "1,8" as 1.8 (a decimal comma). Pure.
 */
public final class Numbers {

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");

    private Numbers() {}

    /** Every number in the text, normalised; empty when it states none. */
    public static Set<String> in(String text) {
        Set<String> numbers = new HashSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String number = m.group();
            numbers.add(THOUSANDS.matcher(number).matches() ? number.replace(",", "") : number.replace(',', '.'));
        }
        return numbers;
    }
}
