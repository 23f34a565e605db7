package dev.atrium.domain.shared;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OneLineTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "plain text | plain text",
            "line\\nERROR forged | line\\\\nERROR forged",
            "back\\\\slash | back\\\\\\\\slash",
            "nul\\u0000 | nul\\\\u0000",
            "emoji \\ud83d\\ude00 | emoji \\ud83d\\ude00",
            "lone \\ud800 | lone \\\\ud800"})
    void controlCharactersLoneSurrogatesAndBackslashesAreEscapedAndEverythingElseStays(String text, String line) {
        assertEquals(unescape(line), OneLineText.escaped(unescape(text)));
    }

    /** The cases are written with Java escapes, so the test itself holds no raw control character. */
    private static String unescape(String written) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c != '\\') {
                out.append(c);
            } else if (written.charAt(i + 1) == 'n') {
                out.append('\n');
                i++;
            } else if (written.charAt(i + 1) == 'u') {
                out.append((char) Integer.parseInt(written.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                out.append('\\');
                i++;
            }
        }
        return out.toString();
    }
}
