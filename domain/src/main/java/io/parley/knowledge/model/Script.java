package io.parley.knowledge.model;

/**
 * The writing system a text is mainly in, which decides the embedding model it is searched with. Any Han character
 * counts: visitors mix Latin product names into Chinese sentences ("想买Python入门") far more often than the reverse.
 */
public enum Script {
    HAN, OTHER;

    public static Script of(String text) {
        return text.codePoints().anyMatch(Script::isHan) ? HAN : OTHER;
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
