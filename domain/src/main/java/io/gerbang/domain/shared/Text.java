package io.gerbang.domain.shared;

import java.text.Normalizer;
import java.util.Locale;

/** Small checks shared by value objects that wrap user-supplied text. */
public final class Text {

    private Text() {}

    /**
     * The one rule for a line people read (a name, a title, a notification): 1 to {@code max} printable
     * characters once trimmed, and trimmed. Anything else is refused with {@code what} in the message.
     */
    public static String checkedLine(String value, int max, String what) {
        if (value == null || value.isBlank() || value.strip().length() > max || hasUnprintable(value)) {
            throw new IllegalArgumentException(what + " is 1 to " + max + " printable characters");
        }
        return value.strip();
    }

    /**
     * The form in which two names a person signs in with are compared and kept: Unicode's compatibility
     * composition (NFKC: a full-width {@code ５} is {@code 5}, a ligature its letters), then lower case. Twins
     * that only look alike on screen are then one name, so nobody registers a second account that reads as
     * somebody else's.
     */
    public static String canonical(String value) {
        return Normalizer.normalize(value, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the letters of a value all come from one script (Latin, Cyrillic, Greek, ...; digits and
     * punctuation belong to none): {@code nаruto} with a Cyrillic {@code а} does not.
     */
    public static boolean isSingleScript(String value) {
        Character.UnicodeScript seen = null;
        for (int i = 0; i < value.length(); ) {
            int codePoint = value.codePointAt(i);
            i += Character.charCount(codePoint);
            Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
            if (script == Character.UnicodeScript.COMMON || script == Character.UnicodeScript.INHERITED) {
                continue;
            }
            if (seen != null && seen != script) {
                return false;
            }
            seen = script;
        }
        return true;
    }

    /**
     * Whether a one-line value (a name, a title, an identity) holds anything that is not printable text:
     * a control character, half of a surrogate pair, a noncharacter (U+FFFF, U+FDD0...), or a bidirectional
     * control (U+202A–U+202E, U+2066–U+2069) that would make it read otherwise than it is stored.
     */
    public static boolean hasUnprintable(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) || isBidiControl(c)) {
                return true;
            }
        }
        return !isWellFormed(value);
    }

    /**
     * Whether free text (a chat message, where line breaks belong) is well-formed Unicode: every surrogate
     * paired, no noncharacter, no NUL. PostgreSQL would store a lone surrogate as '?', silently.
     */
    public static boolean isWellFormed(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\u0000') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    return false;
                }
                if (isNoncharacter(Character.toCodePoint(c, value.charAt(++i)))) {
                    return false;
                }
            } else if (Character.isLowSurrogate(c) || isNoncharacter(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNoncharacter(int codePoint) {
        return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
    }

    private static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    /** Keeps printable text only and cuts it to {@code max} characters: for informational fields. */
    public static String printable(String value, int max) {
        if (value == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(Math.min(value.length(), max));
        for (int i = 0; i < value.length() && out.length() < max; i++) {
            char c = value.charAt(i);
            if (!Character.isISOControl(c) && !Character.isSurrogate(c) && !isBidiControl(c) && !isNoncharacter(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
