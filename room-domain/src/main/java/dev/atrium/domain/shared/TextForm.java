package dev.atrium.domain.shared;

/**
 * Which characters a text may hold, the one rule for every text that enters Atrium. No text holds
 * a control character (U+0000-U+001F, U+007F-U+009F) or half of a surrogate pair: PostgreSQL cannot
 * store NUL and turns a lone surrogate into {@code ?}, and a line break in a name would let it
 * forge lines wherever it is shown or logged. Multi-line text (a description, a chat message) keeps
 * tab, line feed and carriage return.
 */
public enum TextForm {
    /** Names, references, e-mail addresses, passwords, keys: no control character at all. */
    SINGLE_LINE,
    /** Descriptions, agendas, chat messages, metadata values: tab, line feed and carriage return allowed. */
    MULTI_LINE;

    /** What a client is told when a text breaks the rule. */
    public String expectation() {
        return this == SINGLE_LINE
                ? "must not contain control characters (tab and line breaks included) or unpaired surrogates"
                : "must not contain control characters other than tab and line breaks, or unpaired surrogates";
    }

    public boolean admits(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || Character.isISOControl(c) && !allowsLineBreaks(c)) {
                return false;
            }
        }
        return true;
    }

    private boolean allowsLineBreaks(char c) {
        return this == MULTI_LINE && (c == '\t' || c == '\n' || c == '\r');
    }
}
