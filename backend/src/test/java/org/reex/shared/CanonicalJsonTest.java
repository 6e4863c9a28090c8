package org.reex.shared;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Vectors from RFC 8785 (§3.2.2.2 string escaping, §3.2.3 member order) and the limits of what is accepted. */
class CanonicalJsonTest {

    @Test
    void escapesStringsAsRfc8785Does() {
        Map<String, Object> in = Map.of("s", "\u20ac$\u000f\nA'B\"\\\\\"/");
        assertEquals("{\"s\":\"\u20ac$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}", CanonicalJson.canonicalize(in));
    }

    @Test
    void sortsMembersByUtf16CodeUnits() {
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("\u20ac", "Euro Sign");
        in.put("\r", "Carriage Return");
        in.put("\ufb33", "Hebrew Letter Dalet With Dagesh");
        in.put("1", "One");
        in.put("\ud83d\ude00", "Emoji: Grinning Face");
        in.put("\u0080", "Control");
        in.put("\u00f6", "Latin Small Letter O With Diaeresis");
        assertEquals("{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\","
                + "\"\u00f6\":\"Latin Small Letter O With Diaeresis\",\"\u20ac\":\"Euro Sign\","
                + "\"\ud83d\ude00\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}",
                CanonicalJson.canonicalize(in));
    }

    @Test
    void writesNestedValuesWithoutWhitespace() {
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("b", List.of(1, true, "x"));
        in.put("a", Map.of("z", -9007199254740991L, "y", false));
        in.put("c", null);
        assertEquals("{\"a\":{\"y\":false,\"z\":-9007199254740991},\"b\":[1,true,\"x\"],\"c\":null}",
                CanonicalJson.canonicalize(in));
    }

    @Test
    void escapesLoneSurrogatesAndOtherControls() {
        assertEquals("{\"s\":\"\\ud800x\\u001f\\b\\t\\f\"}", CanonicalJson.canonicalize(Map.of("s", "\ud800x\u001f\b\t\f")));
    }

    @Test
    void refusesWhatHasNoExactCanonicalForm() {
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.canonicalize(Map.of("kg", new BigDecimal("1.5"))));
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.canonicalize(Map.of("kg", 1.5d)));
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.canonicalize(Map.of("n", 9007199254740992L)));
    }
}
