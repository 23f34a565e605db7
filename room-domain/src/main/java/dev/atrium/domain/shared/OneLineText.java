package dev.atrium.domain.shared;

/**
 * Any text written on one line, where a reader must not mistake it for more: a line break in a
 * display name or an agenda must never start a log line of its own (a forged {@code ERROR} line,
 * say). Control characters and unpaired surrogates become escapes ({@code \n}, {@code \u0000}) and
 * a backslash is doubled, so an escape on the line always means one in the text. The characters a
 * stored text may hold are {@link TextForm}'s; this renders any text, those included.
 */
public final class OneLineText {
    private OneLineText() {
    }

    public static String escaped(Object value) {
        String text = String.valueOf(value);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (c == '\\') {
                out.append("\\\\");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (Character.isISOControl(c) || Character.isSurrogate(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
