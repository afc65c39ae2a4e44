package io.gerbang.domain.shared;

/** Small checks shared by value objects that wrap user-supplied text. */
public final class Text {

    private Text() {
    }

    public static boolean hasControlCharacters(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Keeps printable text only and cuts it to {@code max} characters: for informational fields. */
    public static String printable(String value, int max) {
        if (value == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(Math.min(value.length(), max));
        for (int i = 0; i < value.length() && out.length() < max; i++) {
            char c = value.charAt(i);
            if (!Character.isISOControl(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
